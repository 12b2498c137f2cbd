package fakevonage

import (
	"context"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// applyFault applies the fault matching the destination: it waits out the
// delay, then answers the fault's status code inside a 200 (Code) or an
// HTTP error (Status). done is false when the request proceeds normally.
func (s *Server) applyFault(ctx context.Context, format, to string) (rep reply, done bool) {
	fault, ok := s.faults.Match(to)
	if !ok {
		return reply{}, false
	}
	if err := fakekit.Sleep(ctx, fault.Delay); err != nil {
		return bare(fakekit.StatusClientClosedRequest), true
	}
	switch {
	case fault.Code != 0:
		r := refuse(fault.Code, fault.Message)
		if fault.Code == StatusNonWhitelisted || fault.Code == StatusInvalidMessage || fault.Code == StatusPartnerQuotaViolation {
			r.to = strings.TrimPrefix(to, "+")
		}
		return refused(format, r), true
	case fault.Status != 0:
		return bare(fault.Status), true
	}
	return reply{}, false
}
