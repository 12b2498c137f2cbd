package modtest

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// What the tests of the HTTP shims (axios, fetch, request) share: an Env
// wired to an EchoServer, and a handler that never answers.

// NewEcho returns an Env whose HTTP reaches a new EchoServer in-process,
// whatever the host, and the server; cookies are set on every answer.
func NewEcho(t testing.TB, cookies ...string) (*Env, *EchoServer) {
	t.Helper()
	srv := &EchoServer{Cookies: cookies}
	return New(t, HandlerTransport(srv)), srv
}

// NewEchoLoopback is NewEcho over a real loopback server and Go's
// transport, for what needs real time to pass (timeouts) or a real
// network stack; it also returns the server's base URL. Go's transparent
// decompression is off, as on the transport real mode sends with: a shim
// asks for and decodes compression itself.
func NewEchoLoopback(t testing.TB, cookies ...string) (*Env, *EchoServer, string) {
	t.Helper()
	srv := &EchoServer{Cookies: cookies}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DisableCompression = true
	t.Cleanup(transport.CloseIdleConnections)
	return New(t, transport), srv, ts.URL
}

// Blocking is a handler that answers nothing until its request is
// canceled, and reports that it was: the server an abort must reach.
type Blocking struct {
	reached  atomic.Bool
	canceled chan struct{}
}

// NewBlocking returns a Blocking for one request.
func NewBlocking() *Blocking { return &Blocking{canceled: make(chan struct{})} }

func (b *Blocking) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.reached.Store(true)
	<-r.Context().Done()
	close(b.canceled)
}

// AssertCanceled checks that a request that reached the handler was
// canceled there (on a loaded machine the abort may come first, and then
// the transport never calls the handler).
func (b *Blocking) AssertCanceled(t testing.TB) {
	t.Helper()
	select {
	case <-b.canceled:
	case <-time.After(time.Minute): // generous: a prompt cancel returns at once
		if b.reached.Load() {
			t.Errorf("the request in flight was not canceled")
		}
	}
}
