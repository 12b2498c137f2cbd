package modtest

import (
	"io"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Received is one request as an EchoServer saw it.
type Received struct {
	Method string
	URL    string // request URI: path and query
	Host   string
	Header http.Header
	Body   string
}

// EchoServer answers every request from its query string, as the Node
// reference runs of the shims did, and records what it received:
// status, body, ct (Content-Type), loc (Location), enc
// (Content-Encoding) and delay (milliseconds) default to 200,
// {"ok":true}, application/json, none, none and 0; challenge answers 401
// with a Basic challenge until the request carries credentials. Cookies,
// when set, are sent as Set-Cookie on every answer.
type EchoServer struct {
	Cookies []string

	mu   sync.Mutex
	seen []Received
}

func (s *EchoServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.seen = append(s.seen, Received{Method: r.Method, URL: r.URL.RequestURI(), Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
	s.mu.Unlock()
	q := r.URL.Query()
	if delay, _ := strconv.Atoi(q.Get("delay")); delay > 0 {
		select {
		case <-time.After(time.Duration(delay) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
	}
	if q.Has("challenge") && r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	s.writeAnswer(w, q)
}

func (s *EchoServer) writeAnswer(w http.ResponseWriter, q map[string][]string) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	if loc := get("loc"); loc != "" {
		w.Header().Set("Location", loc)
	}
	if enc := get("enc"); enc != "" {
		w.Header().Set("Content-Encoding", enc)
	}
	ct := get("ct")
	if ct == "" {
		ct = "application/json"
	}
	w.Header().Set("Content-Type", ct)
	if len(s.Cookies) > 0 {
		w.Header()["Set-Cookie"] = append([]string(nil), s.Cookies...)
	}
	status, _ := strconv.Atoi(get("status"))
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	if _, ok := q["body"]; ok {
		_, _ = io.WriteString(w, get("body"))
		return
	}
	_, _ = io.WriteString(w, `{"ok":true}`)
}

// Requests returns what the server received, oldest first.
func (s *EchoServer) Requests() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.seen...)
}

// Only returns the one request the server received, failing the test if
// there was not exactly one.
func (s *EchoServer) Only(t testing.TB) Received {
	t.Helper()
	got := s.Requests()
	if len(got) != 1 {
		t.Fatalf("requests received: got %d, want 1", len(got))
	}
	return got[0]
}
