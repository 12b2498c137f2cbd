package httpkit

import (
	"context"
	"net/http"

	"github.com/hookemu/hookemu/emulator/modules"
)

// ExchangeHost narrows h's context to one exchange, as ScopedHost does,
// and puts NodeWire in front of its transport.
func ExchangeHost(h modules.Host, ctx context.Context) modules.Host {
	return exchangeHost{scopedHost{h, ctx}}
}

type exchangeHost struct{ scopedHost }

func (h exchangeHost) Transport() http.RoundTripper { return NodeWire{Next: h.Host.Transport()} }

// ScopedHost narrows h's context to one exchange, so that aborting that
// exchange (an AbortSignal, a CancelToken, request's .abort()) leaves the
// invocation alone; the transport is h's own.
func ScopedHost(h modules.Host, ctx context.Context) modules.Host { return scopedHost{h, ctx} }

type scopedHost struct {
	modules.Host
	ctx context.Context
}

func (h scopedHost) Context() context.Context { return h.ctx }

// NodeWire corrects what Go's HTTP client does differently from Node's on
// the wire, for shims whose libraries rely on Node's: Go leaves out the
// "content-length: 0" Node sends for a body-less request of a method other
// than POST, PUT and PATCH unless the transfer encoding is spelled out, and
// it hides a response's "connection: close", which Node shows. It also
// ends an exchange whose context ended while an in-process handler was
// still answering.
type NodeWire struct{ Next http.RoundTripper }

// Unwrap is the transport under w, for Issue to find the run's record.
func (w NodeWire) Unwrap() http.RoundTripper { return w.Next }

// RoundTrip implements http.RoundTripper.
func (w NodeWire) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.ContentLength == 0 && r.Header.Get("Content-Length") == "0" && r.TransferEncoding == nil {
		r.TransferEncoding = []string{"identity"}
	}
	resp, err := w.Next.RoundTrip(r)
	if err == nil && r.Context().Err() != nil {
		resp.Body.Close()
		return nil, context.Cause(r.Context())
	}
	if err == nil && resp.Close && resp.ProtoAtLeast(1, 1) && resp.Header.Get("Connection") == "" {
		resp.Header.Set("Connection", "close")
	}
	return resp, err
}
