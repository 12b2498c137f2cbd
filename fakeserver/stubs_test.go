package fakeserver_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

const slackMapping = `{"request": {"host": {"equalTo": "hooks.slack.com"}, "method": "POST", "urlPath": "/services/T0/B0/x"},
 "response": {"status": 200, "body": "ok", "headers": {"Content-Type": "text/plain"}}}`

// call makes one request with the given Host and returns status and body.
func call(t *testing.T, method, url, host, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(data)
}

func TestTheStubsAPIAddsListsAndDeletesStubs(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{Secrets: map[string]string{"TOKEN": "x-very-secret"}})
	api := base + "/_hookemu/api/v1/stubs"

	status, body := call(t, "POST", api, "", slackMapping)
	require.Equal(t, http.StatusCreated, status, body)
	var added struct {
		Stubs []struct{ ID, Host string } `json:"stubs"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &added))
	require.Len(t, added.Stubs, 1)
	assert.Equal(t, "hooks.slack.com", added.Stubs[0].Host)

	status, body = call(t, "POST", base+"/services/T0/B0/x", "hooks.slack.com", `{"text":"hi"}`)
	assert.Equal(t, http.StatusOK, status, "a request whose Host is stubbed is answered by the stubs")
	assert.Equal(t, "ok", body)
	status, body = call(t, "POST", base+"/services/T0/B0/y", "hooks.slack.com", `{"text":"hi"}`)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Contains(t, body, "<<<<< URL path does not match")

	status, body = call(t, "POST", api+"?host=otp.example.com", "", "- {method: GET, path: /health, json: {up: true}, headers: {X-Token: x-very-secret}}\n")
	require.Equal(t, http.StatusCreated, status, body)
	status, body = call(t, "GET", api, "", "")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `"host": "otp.example.com"`)
	assert.NotContains(t, body, "x-very-secret", "serve masks the secrets it is given in stubs too")

	status, _ = call(t, "DELETE", api+"/"+added.Stubs[0].ID, "", "")
	assert.Equal(t, http.StatusNoContent, status)
	status, _ = call(t, "DELETE", api+"/"+added.Stubs[0].ID, "", "")
	assert.Equal(t, http.StatusNotFound, status)
	status, body = call(t, "POST", base+"/services/T0/B0/x", "hooks.slack.com", `{}`)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Contains(t, body, "nothing is served at", "a host with no stub left goes back to the fakes' paths")

	status, _ = call(t, "DELETE", api, "", "")
	assert.Equal(t, http.StatusNoContent, status)
	_, body = call(t, "GET", api, "", "")
	assert.JSONEq(t, `{"stubs": []}`, body)
}

func TestTheStubsAPIRefusesABadStubWithTheReason(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	tests := []struct{ name, body, want string }{
		{"a misspelt key", `{"request": {"host": {"equalTo": "a.example.com"}, "metod": "GET"}}`, `did you mean \"method\"?`},
		{"a stub with no host", `{"request": {"method": "GET"}}`, "names no host"},
		{"no stub at all", `[]`, "holds no stub"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, "POST", base+"/_hookemu/api/v1/stubs", "", tt.body)
			assert.Equal(t, http.StatusBadRequest, status)
			assert.Contains(t, body, tt.want)
		})
	}
}

func TestTheStubsAPIShowsWhatTheStubbedHostsReceived(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{Secrets: map[string]string{"SLACK": "x-very-secret"}})
	api := base + "/_hookemu/api/v1/stubs"
	status, body := call(t, "POST", api, "", slackMapping)
	require.Equal(t, http.StatusCreated, status, body)
	var added struct {
		Stubs []struct{ ID string } `json:"stubs"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &added))

	call(t, "POST", base+"/services/T0/B0/x", "hooks.slack.com", `{"text":"sent with x-very-secret"}`)
	call(t, "POST", base+"/services/T0/B0/y", "hooks.slack.com", `{"text":"a near miss"}`)

	status, body = call(t, "GET", api+"/requests", "", "")
	require.Equal(t, http.StatusOK, status, body)
	var got struct {
		Count    int `json:"count"`
		Requests []struct {
			Host, Stub, Method, Path, Body string
			Status                         int
		} `json:"requests"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &got), body)
	require.Equal(t, 2, got.Count)
	latest, first := got.Requests[0], got.Requests[1]
	assert.Equal(t, "/services/T0/B0/y", latest.Path, "newest first")
	assert.Equal(t, http.StatusNotFound, latest.Status)
	assert.Empty(t, latest.Stub, "a near miss names no stub")
	assert.Equal(t, "hooks.slack.com", first.Host)
	assert.Equal(t, added.Stubs[0].ID, first.Stub, "the stub that answered")
	assert.Equal(t, http.StatusOK, first.Status)
	assert.Contains(t, body, `"text": "sent with `, "the request's body is shown")
	assert.NotContains(t, body, "x-very-secret", "recorded bodies are masked as messages are")

	status, _ = call(t, "DELETE", api+"/requests", "", "")
	assert.Equal(t, http.StatusNoContent, status)
	_, body = call(t, "GET", api+"/requests", "", "")
	assert.JSONEq(t, `{"count": 0, "requests": []}`, body)
}
