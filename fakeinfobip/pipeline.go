package fakeinfobip

import (
	"context"
	"mime"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// call is one request as the pipeline sees it, from ServeHTTP or Check.
type call struct {
	fakekit.Call
}

func newCheckCall(method, path string, header http.Header, body []byte) *call {
	return &call{Call: fakekit.CheckCall(method, path, header, body)}
}

// readBody is fakekit.ReadBody with Infobip's answer to a body it will not
// take.
func readBody(r *http.Request, limit int) ([]byte, *apiError) {
	body, tooLarge, err := fakekit.ReadBody(r, int64(limit))
	switch {
	case tooLarge:
		return nil, errTooLarge(limit)
	case err != nil:
		return nil, errBadRequest(violation{"body", "could not be read"})
	}
	return body, nil
}

func (s *Server) bodyLimit(path string) int {
	if ep, ok := s.endpoints[path]; ok {
		return ep.maxBody
	}
	return maxBodyBytes
}

// prepare runs the checks every endpoint shares: the route (404, 405), the
// body size (413), the credentials (401) and the content type (415).
func (s *Server) prepare(c *call) (endpoint, *apiError) {
	ep, err := s.route(c.Method, c.Path)
	if err != nil {
		return ep, err
	}
	if len(c.Body) > ep.maxBody {
		return ep, errTooLarge(ep.maxBody)
	}
	if !s.authenticate(c.Header) {
		return ep, errUnauthorized()
	}
	return ep, checkContentType(c.Header)
}

// checkContentType refuses a body declared as anything but JSON; a body
// with no Content-Type is read as JSON.
func checkContentType(header http.Header) *apiError {
	ct := header.Get("Content-Type")
	if ct == "" {
		return nil
	}
	media, _, err := mime.ParseMediaType(ct)
	if err == nil && (media == "application/json" || strings.HasSuffix(media, "+json")) {
		return nil
	}
	return &apiError{status: http.StatusUnsupportedMediaType, messageID: "BAD_REQUEST", text: "Content type '" + ct + "' not supported"}
}

// serve answers c: the shared checks, then any fault for its destinations
// (after the credentials, before the body is judged, as an outage would
// hit), then the endpoint's own reading and answer.
func (s *Server) serve(ctx context.Context, c *call) reply {
	ep, err := s.prepare(c)
	if err != nil {
		return s.errorReply(c.Path, err)
	}
	p, err := ep.parse(c.Body)
	if rep, done := s.applyFault(ctx, c.Path, destinations(p)); done {
		return rep
	}
	if err != nil {
		return s.errorReply(c.Path, err)
	}
	return s.answerReply(ep, p, s.judge(ep, p, true))
}

func destinations(p parsed) []string {
	out := make([]string, 0, len(p.items))
	for _, it := range p.items {
		out = append(out, it.to)
	}
	return out
}

// applyFault applies the first fault with a status or a delay that
// matches a destination: it waits out the delay (giving up with the
// client), then answers the status if it has one. done is false when the
// request should go on.
func (s *Server) applyFault(ctx context.Context, path string, dests []string) (reply, bool) {
	for _, d := range dests {
		f, ok := s.faults.Match(d)
		if !ok || (f.Status == 0 && f.Delay == 0) {
			continue
		}
		if err := fakekit.Sleep(ctx, f.Delay); err != nil {
			return reply{status: fakekit.StatusClientClosedRequest, destination: d}, true
		}
		if f.Status == 0 {
			return reply{}, false
		}
		rep := s.errorReply(path, errForStatus(f.Status, f.Message))
		rep.destination = d
		return rep, true
	}
	return reply{}, false
}

// judge decides each message's fate: a code fault for its destination,
// else Infobip's own checks of the address (and of the text, for voice).
// ids says whether to draw message ids (Check does not).
func (s *Server) judge(ep endpoint, p parsed, ids bool) []result {
	out := make([]result, 0, len(p.items))
	for _, it := range p.items {
		r := result{to: it.to, smsCount: smsCount(it.text), messageID: it.messageID}
		r.status, _ = destinationStatus(it.to)
		if ep.voice && r.status.GroupID == groupPending && strings.TrimSpace(it.text) == "" {
			r.status = rejectedStatuses[statusEmptyMessage]
		}
		if f, ok := s.faults.Match(it.to); ok && ids && f.Status == 0 && f.Code != 0 {
			r.status = rejectedStatus(f.Code, f.Message)
		}
		if r.messageID == "" && ids {
			r.messageID = s.cfg.IDs.UUID()
		}
		out = append(out, r)
	}
	return out
}

func anyAccepted(results []result) bool {
	for _, r := range results {
		if r.status.GroupID == groupPending {
			return true
		}
	}
	return false
}
