package fakeinfobip

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		path   string
		header http.Header
		body   string
		status int
		ok     bool
	}{
		{"a valid send passes", advancedPath, appAuth(), advancedBody("41793026727", "hi"), 200, true},
		{"a query string does not matter", advancedPath + "?x=1", appAuth(), advancedBody("41793026727", "hi"), 200, true},
		{"a wrong key is refused", advancedPath, http.Header{"Authorization": {"App wrong"}}, advancedBody("41793026727", "hi"), 401, false},
		{"a malformed body is refused", advancedPath, appAuth(), "{", 400, false},
		{"a send whose every destination is rejected is refused", advancedPath, appAuth(), advancedBody("abc", "hi"), 200, false},
		{"faults are not applied", advancedPath, appAuth(), advancedBody("41793026727", "hi"), 200, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{APIKeys: []string{DemoAPIKey}, Faults: []fakekit.Fault{{Destination: "*", Status: 503}}})
			status, body, ok := s.Check(http.MethodPost, c.path, c.header, []byte(c.body))
			assert.Equal(t, c.status, status)
			assert.Equal(t, c.ok, ok)
			if !ok {
				assert.NotEmpty(t, body)
			}
			assert.Empty(t, s.Journal().Entries(), "Check journals nothing")
		})
	}
}
