package e2e_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/browsertest"
)

// seen records the status the server gave each request a browser sent
// (one with an Origin header).
type seen struct {
	mu       sync.Mutex
	statuses map[string][]int // "METHOD /path" -> statuses
}

func (s *seen) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if r.Header.Get("Origin") == "" {
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		key := r.Method + " " + r.URL.Path
		s.statuses[key] = append(s.statuses[key], rec.status)
	})
}

func (s *seen) of(method, path string) []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.statuses[method+" "+path]...)
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// TestAnotherOriginCannotChangeAnything opens a page on a second
// loopback origin (another port: another origin, as a site the developer
// visits would be) and has it call the server's state-changing API.
func TestAnotherOriginCannotChangeAnything(t *testing.T) {
	t.Parallel()
	srv, err := fakeserver.New(withPages())
	require.NoError(t, err)
	record := &seen{statuses: map[string][]int{}}
	target := httptest.NewServer(record.wrap(srv))
	t.Cleanup(target.Close)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!DOCTYPE html><title>another site</title><h1 id="other">another site</h1>`)
	}))
	t.Cleanup(other.Close)
	require.NotEqual(t, target.URL, other.URL)

	status, _ := send8x8(t, target.URL, "key", "+6512345678", "Your code is 123456")
	require.Equal(t, http.StatusOK, status)

	tab := chromium.Tab(t)
	tab.Do(chromedp.Navigate(other.URL), chromedp.WaitVisible(chromedp.ID("other")))
	attempt := func(tab *browsertest.Tab, path, options string) string {
		return browsertest.Eval[string](tab, fmt.Sprintf(`fetch(%s, %s).then(
			function (r) { return r.type === "opaque" ? "sent, answer unreadable" : "answered " + r.status; },
			function (e) { return "refused by the browser: " + e.message; })`, js(target.URL+path), options))
	}
	for _, tc := range []struct {
		name, method, path, options string
		browserRefuses              bool // the browser never sends it (its CORS preflight fails)
	}{
		{"a run posted as a form would be, with no preflight", http.MethodPost, apiV1 + "run",
			`{method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: '{"hook": "8x8.js", "secrets": {}, "payload": {"recipient": "+6599990001"}}'}`, false},
		{"a JSON run with a guessed token", http.MethodPost, apiV1 + "run",
			`{method: "POST", headers: {"Content-Type": "application/json", "X-Hookemu-Token": "guess"}, body: '{"hook": "8x8.js", "secrets": {}, "payload": {"recipient": "+6599990002"}}'}`, true},
		{"a delete of every message", http.MethodDelete, apiV1 + "messages", `{method: "DELETE"}`, true},
		{"a fault put on every destination", http.MethodPut, apiV1 + "faults/8x8",
			`{method: "PUT", headers: {"Content-Type": "application/json"}, body: '[{"destination": "*", "status": 500}]'}`, true},
		{"a stub posted as plain text", http.MethodPost, apiV1 + "stubs",
			`{method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: '{"host": "evil.example", "status": 200}'}`, false},
	} {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			tab := tab.With(t)
			outcome := attempt(tab, tc.path, tc.options)
			if tc.browserRefuses {
				assert.True(t, strings.HasPrefix(outcome, "refused by the browser"), outcome)
			}
			for _, status := range record.of(tc.method, tc.path) {
				assert.Equal(t, http.StatusForbidden, status, "the server refused what reached it")
			}
			if !tc.browserRefuses {
				assert.NotEmpty(t, record.of(tc.method, tc.path), "the request reached the server (%s)", outcome)
			}
		})
	}
	t.Run("the session token cannot be read from there", func(t *testing.T) {
		tab := tab.With(t)
		outcome := browsertest.Eval[string](tab, fmt.Sprintf(`fetch(%s).then(function (r) { return r.text(); }).then(
			function (body) { return "read " + body; }, function (e) { return "refused by the browser: " + e.message; })`, js(target.URL+apiV1+"session")))
		assert.True(t, strings.HasPrefix(outcome, "refused by the browser"), outcome)
	})
	t.Run("nothing changed", func(t *testing.T) {
		msgs, total := srv.Messages(fakeserver.Filter{}, 10)
		assert.Equal(t, 1, total, "only the message sent before: nothing run, nothing deleted: %v", msgs)
		for _, tc := range []struct{ path, empty string }{{"faults/8x8", `[]`}, {"stubs", `{"stubs":[]}`}} {
			status, answer := call(t, http.MethodGet, target.URL+apiV1+tc.path, http.Header{}, "")
			require.Equal(t, http.StatusOK, status)
			assert.JSONEq(t, tc.empty, answer, "GET %s", tc.path)
		}
	})
	t.Run("the same delete from the inbox itself goes through", func(t *testing.T) {
		inbox := chromium.Tab(t)
		openInbox(t, inbox, target.URL)
		assert.Equal(t, "deleted", browsertest.Eval[string](inbox, `hookemu.api("messages", {method: "DELETE"}).then(function () { return "deleted"; })`))
		_, total := srv.Messages(fakeserver.Filter{}, 10)
		assert.Zero(t, total)
	})
}
