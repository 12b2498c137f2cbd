package modtest

import (
	"net"
	"net/http"
	"sync/atomic"
	"syscall"
)

// Failing is a transport whose every request fails with the error it
// returns for that request: a network that is not there, for the error
// shapes each shim must reproduce.
type Failing func(r *http.Request) error

// RoundTrip implements http.RoundTripper.
func (f Failing) RoundTrip(r *http.Request) (*http.Response, error) { return nil, f(r) }

// NoDNS fails with the *net.DNSError the harness returns for a host no
// fake serves, which is what a failed lookup gives.
var NoDNS = Failing(func(r *http.Request) error {
	return &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}
})

// Refused fails like a dial to a closed port.
var Refused = Failing(func(r *http.Request) error {
	return &net.OpError{Op: "dial", Net: "tcp", Err: &net.OpError{Op: "connect", Err: syscall.ECONNREFUSED}}
})

// Counted hands each request on to Next and counts them: how a test sees
// a retrying client's attempts.
type Counted struct {
	Next  http.RoundTripper
	calls atomic.Int64
}

// RoundTrip implements http.RoundTripper.
func (c *Counted) RoundTrip(r *http.Request) (*http.Response, error) {
	c.calls.Add(1)
	return c.Next.RoundTrip(r)
}

// Calls is how many requests went through.
func (c *Counted) Calls() int { return int(c.calls.Load()) }
