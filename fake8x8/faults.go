package fake8x8

import (
	"context"
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// applyFault applies the first fault that matches one of destinations, in
// request order; a batch is faulted as a whole, as an outage would fail
// the whole HTTP request. It waits out the fault's delay (giving up with
// the client), then answers the fault's error if it has a status or code.
// done is false when the request should proceed normally.
func (s *Server) applyFault(ctx context.Context, destinations []string) (rep reply, done bool) {
	fault, ok := s.matchFault(destinations)
	if !ok {
		return reply{}, false
	}
	if err := fakekit.Sleep(ctx, fault.Delay); err != nil {
		return reply{status: fakekit.StatusClientClosedRequest}, true
	}
	if fault.Status == 0 && fault.Code == 0 {
		return reply{}, false
	}
	return s.errorReply(faultError(fault)), true
}

func (s *Server) matchFault(destinations []string) (fakekit.Fault, bool) {
	for _, d := range destinations {
		if f, ok := s.faults.Match(d); ok {
			return f, true
		}
	}
	return fakekit.Fault{}, false
}

// faultError is the 8x8 error a fault answers: the code follows from the
// status (or the status from the code when only a code is given), and
// Code and Message override the defaults.
func faultError(f fakekit.Fault) *apiError {
	code := f.Code
	if code == 0 {
		code = codeForStatus(f.Status)
	}
	e := newError(code, f.Message)
	if f.Status != 0 {
		e.status = f.Status
	}
	if e.message == "" {
		e.message = defaultMessage(code)
	}
	if e.status == http.StatusTooManyRequests {
		e.header = http.Header{"Retry-After": {"1"}}
	}
	return e
}

// codeForStatus picks the 8x8 code documented for an HTTP status; a 5xx
// other than 500 (a gateway error, say) is reported as 2000 too, since 8x8
// documents no other server error.
func codeForStatus(status int) int {
	switch {
	case status == http.StatusUnauthorized:
		return CodeUnauthenticated
	case status == http.StatusForbidden:
		return CodeForbidden
	case status == http.StatusNotFound:
		return CodeNotFound
	case status == http.StatusTooManyRequests:
		return CodeQuotaExceeded
	case status >= 400 && status < 500:
		return CodeInvalidParameter
	default:
		return CodeInternal
	}
}
