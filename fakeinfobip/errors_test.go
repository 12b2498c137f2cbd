package fakeinfobip

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const unauthorizedBody = `{"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}}`

func TestAuthentication(t *testing.T) {
	t.Parallel()
	basic := func(user, pass string) http.Header {
		return http.Header{"Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))}}
	}
	cfg := Config{
		APIKeys: []string{"key-1", "key-2"},
		Users:   []User{{Username: "acme", Password: "s3cret"}},
		Tokens:  []string{"sso-token"},
	}
	cases := []struct {
		name   string
		cfg    Config
		header http.Header
		ok     bool
	}{
		{"the zero config takes the documented demo key", Config{}, http.Header{"Authorization": {"App " + DemoAPIKey}}, true},
		{"the zero config takes any key", Config{}, http.Header{"Authorization": {"App any-key"}}, true},
		{"the zero config takes any Basic login", Config{}, basic("someone", "pw"), true},
		{"the zero config refuses a Basic login without a user", Config{}, basic("undefined", "pw"), false},
		{"the zero config takes any token", Config{}, http.Header{"Authorization": {"Bearer t"}}, true},
		{"the scheme is read without regard to case", Config{}, http.Header{"Authorization": {"app " + DemoAPIKey}}, true},
		{"a configured key is taken", cfg, http.Header{"Authorization": {"App key-2"}}, true},
		{"the demo key is refused once keys are configured", cfg, http.Header{"Authorization": {"App " + DemoAPIKey}}, false},
		{"an unknown key is refused", cfg, http.Header{"Authorization": {"App wrong"}}, false},
		{"a key read from a missing secret is refused", Config{}, http.Header{"Authorization": {"App undefined"}}, false},
		{"a key read from a missing secret is refused even when listed", Config{APIKeys: []string{"undefined"}}, http.Header{"Authorization": {"App undefined"}}, false},
		{"an empty key is refused", Config{}, http.Header{"Authorization": {"App "}}, false},
		{"no header is refused", Config{}, http.Header{}, false},
		{"a key under another scheme is refused", Config{}, http.Header{"Authorization": {"Key " + DemoAPIKey}}, false},
		{"a configured Basic login is taken", cfg, basic("acme", "s3cret"), true},
		{"a wrong Basic password is refused", cfg, basic("acme", "nope"), false},
		{"Basic that is not base64 is refused", cfg, http.Header{"Authorization": {"Basic %%%"}}, false},
		{"an IBSSO token is taken", cfg, http.Header{"Authorization": {"IBSSO sso-token"}}, true},
		{"a Bearer token is taken", cfg, http.Header{"Authorization": {"Bearer sso-token"}}, true},
		{"an unknown token is refused", cfg, http.Header{"Authorization": {"Bearer other"}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.header.Set("Content-Type", "application/json")
			a := do(t, newTestServer(c.cfg), request{path: advancedPath, body: advancedBody("41793026727", "hi"), header: c.header})
			if c.ok {
				assert.Equal(t, http.StatusOK, a.status, a.body)
				return
			}
			assert.Equal(t, http.StatusUnauthorized, a.status)
			assert.JSONEq(t, unauthorizedBody, a.body)
		})
	}
}

func TestRequestErrors(t *testing.T) {
	t.Parallel()
	form := http.Header{"Authorization": {"App " + DemoAPIKey}, "Content-Type": {"application/x-www-form-urlencoded"}}
	cases := []struct {
		name   string
		req    request
		status int
		want   string
	}{
		{"a body that is not JSON is a bad request", request{path: advancedPath, body: "to=1"}, 400, `"messageId":"BAD_REQUEST","text":"Bad request"`},
		{"no messages is a bad request naming the field", request{path: advancedPath, body: `{"messages":[]}`}, 400, `"validationErrors":{"messages":["must not be empty"]}`},
		{"a message without destinations is a bad request", request{path: advancedPath, body: `{"messages":[{"text":"hi"}]}`}, 400, `"messages[0].destinations":["must not be empty"]`},
		{"a number where a string belongs is a bad request", request{path: advancedPath, body: `{"messages":[{"destinations":[{"to":41793026727}],"text":"hi"}]}`}, 400, `must not be a JSON number`},
		{"a form body is an unsupported media type", request{path: advancedPath, body: "to=1", header: form}, 415, `not supported`},
		{"an unknown path is not found", request{path: "/sms/9/nothing", body: "{}"}, 404, `"messageId":"NOT_FOUND"`},
		{"a GET of a sending endpoint is not allowed", request{method: http.MethodGet, path: advancedPath}, 405, `Request method 'GET' not supported`},
		{"a v3 error has the v3 shape", request{path: v3Path, body: `{"messages":[{"destinations":[{"to":"41793026727"}],"content":{}}]}`}, 400,
			`"errorCode":"E400","description":"Bad request"`},
		{"a v3 violation names its property", request{path: v3Path, body: `{"messages":[{"destinations":[{"to":""}],"content":{"text":"hi"}}]}`}, 400,
			`{"property":"messages[0].destinations[0].to","violation":"must not be blank"}`},
		{"an oversized body is refused unread", request{path: singlePath, body: `{"text":"` + strings.Repeat("a", maxBodyBytes) + `"}`}, 413, `larger than 64 KiB`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			a := do(t, s, c.req)
			assert.Equal(t, c.status, a.status, a.body)
			assert.Contains(t, a.body, c.want)
			require.Len(t, s.Journal().Entries(), 1, "every request is journaled")
			assert.False(t, s.Journal().Entries()[0].Accepted)
		})
	}
}

func TestAuthenticationComesBeforeTheBody(t *testing.T) {
	t.Parallel()
	a := do(t, newTestServer(Config{APIKeys: []string{"k"}}), request{path: advancedPath, body: "not json", header: http.Header{"Authorization": {"App wrong"}}})
	assert.Equal(t, http.StatusUnauthorized, a.status)
}
