package fake8x8

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/mux"
)

// endpoint is one operation of the API: which recipients a request names
// (for faults and the journal) and how to check it. validate has no side
// effects; the action it returns does the work, so Check can validate
// without storing anything.
type endpoint struct {
	// destinations lists the recipients as the request gives them, read
	// leniently before validation; nil for endpoints that send nothing.
	destinations func(c *call) []string
	validate     func(s *Server, c *call) (action, *apiError)
	// maxBody bounds the request body (maxBodyBytes when 0).
	maxBody int
}

// action answers a request that passed validation.
type action func() reply

// Route names, which tie a mux route to its endpoint.
const (
	routeSend        = "send"
	routeBatch       = "batch"
	routeCancelBatch = "cancel-batch"
	routeDetails     = "details"
	routeCancel      = "cancel"
	routeBalance     = "balance"
)

// newRouter declares the paths 8x8 serves. Routes carry no handlers: the
// Server asks the router which route matches and runs the same pipeline
// for ServeHTTP and Check. Path comes before Methods in every route: mux
// forgets a method mismatch when a later route's method matches but its
// path does not, so matching the path first keeps 405 apart from 404.
func newRouter() *mux.Router {
	r := mux.NewRouter()
	const messages = sendPathStart + "{subAccountId}" + sendPathEnd
	r.Path(messages).Methods(http.MethodPost).Name(routeSend)
	r.Path(messages + "/batch").Methods(http.MethodPost).Name(routeBatch)
	r.Path(messages + "/batch/{batchId}").Methods(http.MethodDelete).Name(routeCancelBatch)
	r.Path(messages + "/{umid}").Methods(http.MethodGet).Name(routeDetails)
	r.Path(messages + "/{umid}").Methods(http.MethodDelete).Name(routeCancel)
	r.Path("/api/v1/accounts/{accountId}/balance").Methods(http.MethodGet).Name(routeBalance)
	return r
}

func endpoints() map[string]endpoint {
	return map[string]endpoint{
		routeSend:        {destinations: sendDestinations, validate: (*Server).validateSend},
		routeBatch:       {destinations: batchDestinations, validate: (*Server).validateBatch, maxBody: maxBatchBodyBytes},
		routeCancelBatch: {validate: (*Server).validateCancelBatch},
		routeDetails:     {validate: (*Server).validateDetails},
		routeCancel:      {validate: (*Server).validateCancel},
		routeBalance:     {validate: (*Server).validateBalance},
	}
}

// route finds the endpoint for method and path: 404 code 1300 for a path
// 8x8 does not serve, 405 for a method it does not serve there.
func (s *Server) route(method, path string) (endpoint, map[string]string, *apiError) {
	if id, ok := sendRoute(method, path); ok {
		return s.endpoints[routeSend], map[string]string{"subAccountId": id}, nil
	}
	var m mux.RouteMatch
	if s.router.Match(matchRequest(method, path), &m) && m.MatchErr == nil {
		return s.endpoints[m.Route.GetName()], m.Vars, nil
	}
	if m.MatchErr == mux.ErrMethodMismatch {
		return endpoint{}, nil, s.methodNotAllowed(method, path)
	}
	return endpoint{}, nil, newError(CodeNotFound, fmt.Sprintf(
		"%s: the 8x8 SMS API has no resource at %s; a single SMS is sent with POST %s",
		msgNotFound, path, "/api/v1/subaccounts/{subAccountId}/messages"))
}

// Send's path, split around its one variable.
const (
	sendPathStart = "/api/v1/subaccounts/"
	sendPathEnd   = "/messages"
)

// sendRoute matches the single send, nearly every request a hook makes,
// without the router, which builds a request and runs regular expressions
// for it: the subaccount id is what mux's {subAccountId} matches (one or
// more bytes, no slash). Any other request goes through the router.
func sendRoute(method, path string) (subAccountID string, ok bool) {
	if method != http.MethodPost {
		return "", false
	}
	rest, ok := strings.CutPrefix(path, sendPathStart)
	if !ok {
		return "", false
	}
	id, ok := strings.CutSuffix(rest, sendPathEnd)
	if !ok || id == "" || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

// methodNotAllowed answers 405 with an 8x8 error body, which the reference
// does not document: code 1000 because the request is what is wrong, and
// the wording of ASP.NET, on which 8x8's API runs. Allow lists what works.
func (s *Server) methodNotAllowed(method, path string) *apiError {
	e := newError(CodeInvalidParameter, fmt.Sprintf("The requested resource does not support http method '%s'.", method))
	e.status = http.StatusMethodNotAllowed
	var allowed []string
	for _, candidate := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		var m mux.RouteMatch
		if s.router.Match(matchRequest(candidate, path), &m) && m.MatchErr == nil {
			allowed = append(allowed, candidate)
		}
	}
	e.header = http.Header{"Allow": {strings.Join(allowed, ", ")}}
	return e
}

// matchRequest is the minimal request mux needs to match a route.
func matchRequest(method, path string) *http.Request {
	r := &http.Request{Method: method, Header: http.Header{}}
	r.URL = &url.URL{Path: path}
	return r
}
