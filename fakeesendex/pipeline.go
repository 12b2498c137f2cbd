package fakeesendex

import (
	"context"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// DispatcherPath is the one endpoint the fake answers (Esendex matches
// paths without regard to case).
const DispatcherPath = "/v1.0/messagedispatcher"

// maxBodyBytes bounds a request body, a bound of this fake's choosing that
// holds 50,000 short messages: a larger body is refused with 413, unread.
const maxBodyBytes = 16 << 20

// call is one request as the pipeline sees it, from ServeHTTP or Check.
type call struct {
	fakekit.Call
}

func newCheckCall(method, path string, header http.Header, body []byte) *call {
	return &call{Call: fakekit.CheckCall(method, path, header, body)}
}

// readBody is fakekit.ReadBody with Esendex's answer to a body it will not
// take.
func readBody(r *http.Request) ([]byte, *apiError) {
	body, tooLarge, err := fakekit.ReadBody(r, maxBodyBytes)
	switch {
	case tooLarge:
		return nil, errTooLarge(maxBodyBytes)
	case err != nil:
		return nil, errBadRequest("the request body could not be read")
	}
	return body, nil
}

// prepare runs the checks that refuse a dispatch as a whole, in order: the
// route (404, 405), the body size (413), the login (401, 403), the content
// type (415), the body (400) and the account reference (403).
func (s *Server) prepare(c *call) (dispatch, *apiError) {
	if !strings.EqualFold(strings.TrimSuffix(c.Path, "/"), DispatcherPath) {
		return dispatch{}, errNotFound(c.Path)
	}
	if c.Method != http.MethodPost {
		return dispatch{}, errMethod(c.Method)
	}
	if len(c.Body) > maxBodyBytes {
		return dispatch{}, errTooLarge(maxBodyBytes)
	}
	if err := s.authenticate(c.Header); err != nil {
		return dispatch{}, err
	}
	format := bodyFormat(c.Header.Get("Content-Type"))
	if format == "" {
		return dispatch{}, errMediaType(c.Header.Get("Content-Type"))
	}
	d, err := parseDispatch(format, c.Body)
	if err != nil {
		return d, err
	}
	return d, s.checkAccount(d.accountReference)
}

// checkMessages judges each message: a recipient Esendex can reach (404
// for a name that is no contact, 400 for a malformed number) and a body
// (406 when empty). One bad message refuses the whole dispatch.
func checkMessages(d dispatch) *apiError {
	for i, m := range d.messages {
		if err := checkRecipient(m.To); err != nil {
			return err
		}
		if strings.TrimSpace(m.Body) == "" {
			return errEmptyBody(i)
		}
	}
	return nil
}

// serve answers c: the checks of the whole dispatch, then any fault for
// its recipients (as an outage would hit), then the messages' checks.
func (s *Server) serve(ctx context.Context, c *call) reply {
	d, err := s.prepare(c)
	if err == nil {
		if rep, done := s.applyFault(ctx, c, d); done {
			return rep
		}
		err = checkMessages(d)
	}
	if err != nil {
		rep := errorReply(c, err)
		if len(d.messages) > 0 {
			rep.destination = d.messages[0].To
		}
		return rep
	}
	return s.answer(c, d)
}

// applyFault applies the first fault with a status or a delay that
// matches a recipient; done is false when the request should go on.
func (s *Server) applyFault(ctx context.Context, c *call, d dispatch) (reply, bool) {
	for _, m := range d.messages {
		f, ok := s.faults.Match(m.To)
		if !ok || (f.Status == 0 && f.Delay == 0) {
			continue
		}
		if err := fakekit.Sleep(ctx, f.Delay); err != nil {
			return reply{status: fakekit.StatusClientClosedRequest, destination: m.To}, true
		}
		if f.Status == 0 {
			return reply{}, false
		}
		rep := errorReply(c, errForStatus(f.Status, f.Message))
		rep.destination = m.To
		return rep, true
	}
	return reply{}, false
}
