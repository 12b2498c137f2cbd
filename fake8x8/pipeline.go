package fake8x8

import (
	"context"
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// Request body bounds, chosen by this fake since 8x8 documents none: a
// batch of 10,000 messages with long texts stays well below
// maxBatchBodyBytes, and a single send below maxBodyBytes holds a text
// far beyond the 10 parts 8x8 delivers (a longer one is truncated, so no
// hook needs more). A larger body is refused with 413 before it is read
// (when Content-Length gives its size) or as soon as it passes the bound,
// and is not journaled.
const (
	maxBodyBytes      = 64 << 10
	maxBatchBodyBytes = 16 << 20
)

// call is one request as the pipeline sees it, the same value whether it
// came through ServeHTTP or Check.
type call struct {
	fakekit.Call
	ep   endpoint
	vars routeVars
	// routed is set once route has run for the call: ServeHTTP needs the
	// endpoint for the body limit before prepare checks it.
	routed   bool
	routeErr *apiError
	// sms is the single send's body as sendDestinations decoded it
	// (peeked set), so validateSend does not decode it again.
	peeked bool
	sms    rawSMS
	smsErr error
}

func newCheckCall(method, path string, header http.Header, body []byte) *call {
	return &call{Call: fakekit.CheckCall(method, path, header, body)}
}

// readBody is fakekit.ReadBody with 8x8's answer to a body it will not
// take.
func readBody(r *http.Request, limit int) ([]byte, *apiError) {
	body, tooLarge, err := fakekit.ReadBody(r, int64(limit))
	switch {
	case tooLarge:
		return nil, errBodyTooLarge(limit)
	case err != nil:
		return nil, invalidParameter("the request body could not be read (%v)", err)
	}
	return body, nil
}

func errBodyTooLarge(limit int) *apiError {
	e := invalidParameter("the request body is larger than %d KiB", limit>>10)
	e.status = http.StatusRequestEntityTooLarge
	return e
}

// routeCall finds c's endpoint, once per call.
func (s *Server) routeCall(c *call) *apiError {
	if !c.routed {
		c.ep, c.vars, c.routeErr = s.route(c.Method, c.Path)
		c.routed = true
	}
	return c.routeErr
}

// bodyLimit is how large a body c's endpoint takes.
func (s *Server) bodyLimit(c *call) int {
	if s.routeCall(c) != nil || c.ep.maxBody == 0 {
		return maxBodyBytes
	}
	return c.ep.maxBody
}

// prepare runs the checks every endpoint shares, in 8x8's order: the route
// (404, 405), the body size, the Bearer key (401), then the subaccount
// (400). It is the first half of both ServeHTTP and Check.
func (s *Server) prepare(c *call) *apiError {
	if err := s.routeCall(c); err != nil {
		return err
	}
	if limit := s.bodyLimit(c); len(c.Body) > limit {
		return errBodyTooLarge(limit)
	}
	if err := s.authenticate(c.Header); err != nil {
		return err
	}
	if id, ok := c.vars.lookup("subAccountId"); ok {
		return s.checkSubAccount(id)
	}
	return nil
}

// serve answers c: shared checks, then any fault for its destinations
// (after auth, before the message is validated, as a real outage would
// hit), then the endpoint's own validation and action.
func (s *Server) serve(ctx context.Context, c *call) reply {
	err := s.prepare(c)
	var destinations []string
	if c.ep.destinations != nil {
		destinations = c.ep.destinations(c)
	}
	rep := s.answer(ctx, c, err, destinations)
	if rep.destination == "" && len(destinations) > 0 {
		rep.destination = destinations[0]
	}
	return rep
}

func (s *Server) answer(ctx context.Context, c *call, err *apiError, destinations []string) reply {
	if err != nil {
		return s.errorReply(err)
	}
	if rep, done := s.applyFault(ctx, destinations); done {
		return rep
	}
	act, err := c.ep.validate(s, c)
	if err != nil {
		return s.errorReply(err)
	}
	return act()
}

// validator checks messages against the fake's clock at this moment.
func (s *Server) validator() smsValidator {
	return smsValidator{countries: s.countries, now: s.cfg.Now()}
}
