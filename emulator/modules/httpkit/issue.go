package httpkit

import (
	"net/http"

	"github.com/hookemu/hookemu/emulator/modules"
)

// Issued is a request the hook has issued, on the record of the run's
// transport when that keeps one (modules.Issuer); its zero value, or one
// issued on a transport that keeps none, records nothing.
type Issued struct {
	// Request is what to send: the request given to Issue itself, which
	// its record knows by identity.
	Request *http.Request
	rec     modules.Issuer
}

// Issue puts req (whose body is body) on the record of transport, or of
// the Issuer it wraps; send Issued.Request, req itself, unchanged. Call it on the JS
// goroutine, in the JS call that issues the request, before handing the
// request to the goroutine that sends it: then no delay of that
// goroutine can keep the request off the record.
func Issue(transport http.RoundTripper, req *http.Request, body []byte) Issued {
	rec := issuerOf(transport)
	if rec == nil {
		return Issued{Request: req}
	}
	rec.Issue(req, body)
	return Issued{Request: req, rec: rec}
}

// Withdraw takes the request off the record: the hook aborted it before
// the loop's next turn, when Node would not have started it yet.
func (i Issued) Withdraw() {
	if i.rec != nil {
		i.rec.Withdraw(i.Request)
	}
}

// Unsent completes the record of a request that ended with err before it
// reached the transport.
func (i Issued) Unsent(err error) {
	if i.rec != nil {
		i.rec.Unsent(i.Request, err)
	}
}

// issuerOf is the Issuer transport is or wraps, nil when there is none.
func issuerOf(transport http.RoundTripper) modules.Issuer {
	for transport != nil {
		if rec, ok := transport.(modules.Issuer); ok {
			return rec
		}
		wrapper, ok := transport.(interface{ Unwrap() http.RoundTripper })
		if !ok {
			return nil
		}
		transport = wrapper.Unwrap()
	}
	return nil
}
