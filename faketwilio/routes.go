package faketwilio

import (
	"net/http"

	"github.com/gorilla/mux"
)

// endpoint answers one route. With live false it must decide exactly as
// with live true, but change nothing: that is how Check and ServeHTTP share
// every rule.
type endpoint func(s *Server, x *exchange, live bool) outcome

// route is one endpoint and what the pipeline does before it. Routes with
// open set are answered before authentication: they are the 404 and 405
// that no credentials change.
type route struct {
	method string
	path   string
	handle endpoint
	open   bool
}

const accountPath = "/2010-04-01/Accounts/{AccountSid}"

var routes = []route{
	{method: http.MethodPost, path: accountPath + "/Messages.json", handle: (*Server).createMessage},
	{method: http.MethodGet, path: accountPath + "/Messages/{Sid}.json", handle: (*Server).fetchMessage},
	{method: http.MethodPost, path: accountPath + "/Calls.json", handle: (*Server).createCall},
	{method: http.MethodGet, path: accountPath + "/Calls/{Sid}.json", handle: (*Server).fetchCall},
	// v1 is the path twilio-node used before 3.30.
	{method: http.MethodPost, path: "/{Version:v1|v2}/Services/{ServiceSid}/Verifications", handle: (*Server).createVerification},
}

var (
	routeNotFound = route{open: true, handle: func(_ *Server, x *exchange, _ bool) outcome {
		return failed(errNotFound(x.path))
	}}
	routeMethodNotAllowed = route{open: true, handle: func(*Server, *exchange, bool) outcome {
		return failed(errMethodNotAllowed())
	}}
)

// newRouter maps every path, including unknown ones, to a routeHandler, so
// Check can find the route for any request with mux's Match. Paths are not
// cleaned: a path mux would redirect gets a 404 instead, the same answer
// from ServeHTTP and Check.
func (s *Server) newRouter() *mux.Router {
	r := mux.NewRouter().SkipClean(true)
	for _, rt := range routes {
		r.Handle(rt.path, &routeHandler{s: s, route: rt}).Methods(rt.method)
	}
	r.NotFoundHandler = &routeHandler{s: s, route: routeNotFound}
	r.MethodNotAllowedHandler = &routeHandler{s: s, route: routeMethodNotAllowed}
	return r
}

// routeHandler serves one route through the shared pipeline.
type routeHandler struct {
	s     *Server
	route route
}

func (h *routeHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.s.serve(w, r, h.route)
}
