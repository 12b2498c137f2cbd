package faketwilio

import (
	"context"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fakekit"
)

// exchange is one request as the pipeline sees it, whether it came through
// ServeHTTP or Check.
type exchange struct {
	method string
	path   string
	header http.Header
	body   []byte
	// tooLarge says the body was over maxBodyBytes and dropped unread.
	tooLarge bool
	route    route
	vars     map[string]string
	// Filled in by evaluate before the endpoint runs.
	account string
	form    url.Values
}

// outcome is the answer to an exchange: a status and the JSON payload
// (an *apiError when status >= 400).
type outcome struct {
	status  int
	payload any
	// sid is the resource created or read; accepted says a message, call or
	// verification was taken.
	sid      string
	accepted bool
	// abandoned says the client went away during a fault's delay, so there
	// is no one to answer.
	abandoned bool
}

func failed(e *apiError) outcome { return outcome{status: e.Status, payload: e} }

func created(payload any, sid string) outcome {
	return outcome{status: http.StatusCreated, payload: payload, sid: sid, accepted: true}
}

// evaluate runs the rules in a fixed order (the route, the body's size,
// the credentials, the body's encoding, then the endpoint's own rules), so
// a request with several mistakes always gets the same answer. Only live
// requests get faults: they make the fake misbehave for a test, and are no
// rule Check should report.
func (s *Server) evaluate(ctx context.Context, x *exchange, live bool) outcome {
	if x.route.open {
		return x.route.handle(s, x, live)
	}
	if x.tooLarge || len(x.body) > maxBodyBytes {
		return failed(statusError(http.StatusRequestEntityTooLarge, x.path))
	}
	account, err := s.authenticate(x.header, x.vars["AccountSid"])
	if err != nil {
		return failed(err)
	}
	x.account = account
	x.form = url.Values{}
	if x.method == http.MethodPost {
		if x.form, err = parseForm(x.header, x.body); err != nil {
			return failed(err)
		}
		if live {
			if o, done := s.applyFault(ctx, x); done {
				return o
			}
		}
	}
	return x.route.handle(s, x, live)
}

// applyFault serves the fault for the request's To, if any: first its
// delay, then its error, when it names a status or a code. done says the
// fault answered the request.
func (s *Server) applyFault(ctx context.Context, x *exchange) (_ outcome, done bool) {
	fault, ok := s.faults.Match(x.form.Get("To"))
	if !ok {
		return outcome{}, false
	}
	if err := fakekit.Sleep(ctx, fault.Delay); err != nil {
		return outcome{status: statusClientClosed, abandoned: true}, true
	}
	if fault.Status == 0 && fault.Code == 0 {
		return outcome{}, false
	}
	return failed(faultError(fault, x.path)), true
}
