package stubs

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWhichStubAnswers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc, want string
	}{
		{"the lower priority number wins", `[
			{"priority": 1, "request": {"urlPath": "/a"}, "response": {"body": "one"}},
			{"priority": 2, "request": {"urlPath": "/a"}, "response": {"body": "two"}}]`, "one"},
		{"a stub without priority has 5, below 4", `[
			{"priority": 4, "request": {"urlPath": "/a"}, "response": {"body": "four"}},
			{"request": {"urlPath": "/a"}, "response": {"body": "default"}}]`, "four"},
		{"among equals the stub added last wins", `[
			{"request": {"urlPath": "/a"}, "response": {"body": "first"}},
			{"request": {"urlPath": "/a"}, "response": {"body": "last"}}]`, "last"},
		{"a stub that does not match never answers", `[
			{"request": {"urlPath": "/a"}, "response": {"body": "a"}},
			{"request": {"urlPath": "/b"}, "response": {"body": "b"}}]`, "a"},
		{"a stub for another host never answers", `{
			"api.example.com": [{"request": {"urlPath": "/a"}, "response": {"body": "here"}}],
			"other.example.com": [{"request": {"urlPath": "/a"}, "response": {"body": "there"}}]}`, "here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			set := mustSet(t, tt.doc)
			status, body, _ := send(t, set, "GET", "http://api.example.com/a", "", nil)
			assert.Equal(t, http.StatusOK, status)
			assert.Equal(t, tt.want, body)
		})
	}
}

func TestAnswers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, response, body, contentType string
		status                            int
	}{
		{"status defaults to 200 and body is sent as written", `{"body": "ok"}`, "ok", "", 200},
		{"status and headers are sent", `{"status": 500, "body": "rollup_error", "headers": {"Content-Type": "text/html"}}`, "rollup_error", "text/html", 500},
		{"jsonBody is sent as compact JSON", `{"jsonBody": {"ok": true}}`, `{"ok":true}`, "", 200},
		{"base64Body is decoded", `{"base64Body": "` + base64.StdEncoding.EncodeToString([]byte("bin")) + `"}`, "bin", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			set := mustSet(t, `{"request": {"method": "POST"}, "response": `+tt.response+`}`)
			status, body, header := send(t, set, "POST", "http://api.example.com/", "", nil)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.body, body)
			assert.Equal(t, tt.contentType, header.Get("Content-Type"))
			assert.Equal(t, "stub-1", header.Get("Matched-Stub-Id"), "WireMock names the stub that answered")
		})
	}
}

func TestTheShortFormAnswersLikeAMapping(t *testing.T) {
	t.Parallel()
	set := mustSet(t, "stubs.example.com:\n  - {method: POST, path: /hook, status: 202, json: {ok: true}, headers: {X-A: b}}\n")
	status, body, header := send(t, set, "POST", "http://stubs.example.com/hook?x=1", "", nil)
	assert.Equal(t, 202, status)
	assert.JSONEq(t, `{"ok": true}`, body)
	assert.Equal(t, "application/json", header.Get("Content-Type"), "json: sets the content type")
	assert.Equal(t, "b", header.Get("X-A"))
	status, _, _ = send(t, set, "GET", "http://stubs.example.com/hook", "", nil)
	assert.Equal(t, http.StatusNotFound, status, "the method is matched")
}

func TestADelayWaitsAndEndsWithTheRequest(t *testing.T) {
	t.Parallel()
	set := mustSet(t, `{"request": {}, "response": {"fixedDelayMilliseconds": 300000, "body": "late"}}`)
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequest("GET", "http://api.example.com/", nil).WithContext(ctx)
	w := httptest.NewRecorder()
	done := make(chan struct{})
	go func() {
		set.ServeHTTP(w, req)
		close(done)
	}()
	cancel()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("the delay outlived its request's context")
	}
	assert.Empty(t, w.Body.String(), "a delay cut short sends nothing")
}

func TestTheSetIsManagedByID(t *testing.T) {
	t.Parallel()
	set := mustSet(t, `[{"id": "a", "request": {"urlPath": "/a"}, "response": {"body": "1"}},
		{"request": {"urlPath": "/b"}, "response": {"body": "2"}}]`)
	ids := []string{}
	for _, s := range set.List() {
		ids = append(ids, s.ID)
	}
	assert.Equal(t, []string{"a", "stub-1"}, ids)
	assert.Equal(t, []string{"api.example.com"}, set.Hosts())
	assert.True(t, set.Serves("API.example.com:443"))
	assert.False(t, set.Serves("other.example.com"))

	replacement, err := Parse([]byte(`{"id": "a", "request": {"urlPath": "/a"}, "response": {"body": "new"}}`), Options{Host: "api.example.com"})
	require.NoError(t, err)
	_, err = set.Add(replacement...)
	require.NoError(t, err)
	_, body, _ := send(t, set, "GET", "http://api.example.com/a", "", nil)
	assert.Equal(t, "new", body, "a stub with a known id replaces it")
	assert.Len(t, set.List(), 2)

	assert.True(t, set.Delete("a"))
	assert.False(t, set.Delete("a"))
	status, _, _ := send(t, set, "GET", "http://api.example.com/a", "", nil)
	assert.Equal(t, http.StatusNotFound, status)
	set.Reset()
	assert.False(t, set.Serves("api.example.com"))
}

func TestLoadLetsALaterSourceWinATie(t *testing.T) {
	t.Parallel()
	set, err := Load([]Source{
		{Name: "team.json", Host: "api.example.com", Data: []byte(`{"request": {}, "response": {"body": "team"}}`)},
		{Name: "case", Data: []byte("api.example.com: [{body: case}]")},
	})
	require.NoError(t, err)
	_, body, _ := send(t, set, "GET", "http://api.example.com/", "", nil)
	assert.Equal(t, "case", body)
	_, err = Load([]Source{{Name: "bad.json", Data: []byte(`{"request": {"metod": "GET"}}`)}})
	assert.ErrorContains(t, err, "bad.json")
}
