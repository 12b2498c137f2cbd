package modtest

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// Received is one request as a Recorder (in an EchoServer, a Spy or a
// test's own handler) saw it.
type Received struct {
	Method string
	URL    string // request URI: path and query
	Host   string
	Header http.Header
	Body   string
}

// Rebuilt is the request made again from what was received, for checks
// that take a request (a signature's verifier).
func (r Received) Rebuilt() *http.Request {
	req := httptest.NewRequest(r.Method, r.URL, strings.NewReader(r.Body))
	req.Host = r.Host
	req.Header = r.Header.Clone()
	return req
}

// Path is the request's path, unescaped.
func (r Received) Path() string { return r.parsed().Path }

// RawQuery is the request's query string as sent.
func (r Received) RawQuery() string { return r.parsed().RawQuery }

// Query is the request's query string, parsed.
func (r Received) Query() url.Values { return r.parsed().Query() }

func (r Received) parsed() *url.URL {
	u, err := url.ParseRequestURI(r.URL)
	if err != nil {
		return &url.URL{}
	}
	return u
}

// Spy records every request and hands it on to Next: what a test puts in
// front of a fake to see what a shim sent.
type Spy struct {
	Next http.Handler
	Recorder
}

func (s *Spy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body := s.Record(r)
	r.Body = io.NopCloser(bytes.NewReader(body))
	s.Next.ServeHTTP(w, r)
}

// Recorder keeps the requests a handler received; handlers embed it and
// call Record first.
type Recorder struct {
	mu   sync.Mutex
	seen []Received
}

// Record reads r's body and keeps r; it returns the body.
func (rec *Recorder) Record(r *http.Request) []byte {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.seen = append(rec.seen, Received{Method: r.Method, URL: r.URL.RequestURI(), Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
	return body
}

// Requests returns what the handler received, oldest first.
func (rec *Recorder) Requests() []Received {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]Received(nil), rec.seen...)
}

// Only returns the one request the handler received, failing the test if
// there was not exactly one.
func (rec *Recorder) Only(t testing.TB) Received {
	t.Helper()
	got := rec.Requests()
	if len(got) != 1 {
		t.Fatalf("requests received: got %d, want 1", len(got))
	}
	return got[0]
}
