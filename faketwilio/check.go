package faketwilio

import (
	"context"
	"net/http"
	"net/url"

	"github.com/gorilla/mux"
)

// Check says whether the fake would reject a request, without storing or
// journaling it, so a proxy that sends the request to the real Twilio can
// tell the user what the fake thinks of it. It applies every rule ServeHTTP
// applies, including the state-dependent ones (60203, fetching an unknown
// SID), but no faults and no delay: those are misbehaviour asked for by a
// test, not rules of the API.
//
// path may carry a query string. When ok is true, status is the success
// status (201 for a create, 200 for a fetch) and errBody is nil; otherwise
// errBody is the Twilio error body ServeHTTP would send with status.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	if header == nil {
		header = http.Header{}
	}
	x := &exchange{method: method, header: header, body: body, route: routeNotFound}
	if u, err := url.Parse(path); err == nil {
		x.path = u.Path
		x.route, x.vars = s.match(&http.Request{Method: method, URL: u, Header: header})
	} else {
		x.path = path
	}
	o := s.evaluate(context.Background(), x, false)
	if o.status >= http.StatusBadRequest {
		return o.status, encodeJSON(o.payload), false
	}
	return o.status, nil, true
}

// match finds the route ServeHTTP would take for req.
func (s *Server) match(req *http.Request) (route, map[string]string) {
	var m mux.RouteMatch
	if s.router.Match(req, &m) {
		if h, ok := m.Handler.(*routeHandler); ok {
			return h.route, m.Vars
		}
	}
	return routeNotFound, nil
}
