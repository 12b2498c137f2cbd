package fakekit_test

import (
	"crypto/x509"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

// failingUpstream is a way for the upstream to fail, the check the
// RoundTripper's error must pass, and the status ServeHTTP must answer.
type failingUpstream struct {
	name     string
	setup    func(t *testing.T) (*url.URL, http.RoundTripper)
	isErr    func(err error) bool
	status   int
	mentions string
}

func refusedUpstream(t *testing.T) (*url.URL, http.RoundTripper) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return &url.URL{Scheme: "https", Host: addr}, fakekit.NewProxyTransport()
}

func untrustedUpstream(t *testing.T) (*url.URL, http.RoundTripper) {
	up := newStandIn(t, queued)
	return up.url(t), fakekit.NewProxyTransport() // no trust for the stand-in's certificate
}

func silentUpstream(t *testing.T) (*url.URL, http.RoundTripper) {
	up := newStandIn(t, func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	tr := up.Client().Transport.(*http.Transport).Clone()
	tr.ResponseHeaderTimeout = 100 * time.Millisecond
	return up.url(t), tr
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func TestUpstreamFailuresReachTheClientAsTransportFailures(t *testing.T) {
	t.Parallel()
	tests := []failingUpstream{
		{
			name:     "a refused connection is ECONNREFUSED",
			setup:    refusedUpstream,
			isErr:    func(err error) bool { return errors.Is(err, syscall.ECONNREFUSED) },
			status:   http.StatusBadGateway,
			mentions: "connection refused",
		},
		{
			name:  "an untrusted certificate is a TLS error",
			setup: untrustedUpstream,
			isErr: func(err error) bool {
				var unknown x509.UnknownAuthorityError
				return errors.As(err, &unknown)
			},
			status:   http.StatusBadGateway,
			mentions: "certificate",
		},
		{
			name:     "an upstream that never answers is a timeout",
			setup:    silentUpstream,
			isErr:    isTimeout,
			status:   http.StatusGatewayTimeout,
			mentions: "may have been sent",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name+" from RoundTrip", func(t *testing.T) {
			t.Parallel()
			upstream, tr := tt.setup(t)
			p := newProxy(t, fakekit.ProxyConfig{Upstream: upstream, Transport: tr})

			resp, err := p.RoundTrip(sendRequest(t, "https://sms.8x8.com", `{}`))

			require.Error(t, err)
			assert.Nil(t, resp)
			assert.True(t, tt.isErr(err), "got %T: %v", err, err)
			e := p.Journal().Entries()[0]
			assert.True(t, e.Forwarded)
			assert.False(t, e.Accepted)
			assert.Zero(t, e.Status, "no answer came back")
			assert.Equal(t, err.Error(), e.Error)
		})
		t.Run(tt.name+" and a JSON gateway error from ServeHTTP", func(t *testing.T) {
			t.Parallel()
			upstream, tr := tt.setup(t)
			p := newProxy(t, fakekit.ProxyConfig{Upstream: upstream, Transport: tr})

			resp := viaHandler(t, p, sendRequest(t, "", `{}`))

			assert.Equal(t, tt.status, resp.StatusCode)
			var body struct{ Error string }
			require.NoError(t, json.Unmarshal([]byte(readAll(t, resp)), &body))
			assert.Contains(t, body.Error, tt.mentions)
			assert.Contains(t, body.Error, "the real 8x8 at "+upstream.String())
		})
	}
}

func TestAnUpstream5xxIsPassedOnAsItCame(t *testing.T) {
	t.Parallel()
	up := newStandIn(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "3")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"code":2000,"message":"Internal server error"}`))
	})
	p := newProxy(t, fakekit.ProxyConfig{Upstream: up.url(t), Transport: up.Client().Transport})

	for _, resp := range []*http.Response{
		viaHandler(t, p, sendRequest(t, "", `{}`)),
		must(p.RoundTrip(sendRequest(t, "https://sms.8x8.com", `{}`))),
	} {
		assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
		assert.Equal(t, "3", resp.Header.Get("Retry-After"))
		assert.JSONEq(t, `{"code":2000,"message":"Internal server error"}`, readAll(t, resp))
	}
	for _, e := range p.Journal().Entries() {
		assert.True(t, e.Forwarded)
		assert.False(t, e.Accepted)
		assert.Equal(t, http.StatusServiceUnavailable, e.Status)
		assert.Empty(t, e.Error)
	}
}

func must(resp *http.Response, err error) *http.Response {
	if err != nil {
		panic(err)
	}
	return resp
}
