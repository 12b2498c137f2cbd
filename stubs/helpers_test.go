package stubs

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// mustSet parses a stubs document and builds a set of it.
func mustSet(t *testing.T, doc string) *Set {
	t.Helper()
	stubs, err := Parse([]byte(doc), Options{Source: "test.json", Host: "api.example.com"})
	require.NoError(t, err)
	set, err := NewSet(stubs...)
	require.NoError(t, err)
	return set
}

// send makes a request to the set and returns the status and body.
func send(t *testing.T, set *Set, method, target, body string, header http.Header) (int, string, http.Header) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	for k, v := range header {
		req.Header[k] = v
	}
	w := httptest.NewRecorder()
	set.ServeHTTP(w, req)
	return w.Code, w.Body.String(), w.Header()
}
