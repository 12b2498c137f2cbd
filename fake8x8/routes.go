package fake8x8

import (
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

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

// route is one path and method 8x8 serves. A pattern's "{name}" segment
// matches any non-empty segment and hands it to the endpoint as a var.
type route struct {
	method, pattern string
	endpoint        endpoint
}

// routes are the paths 8x8 serves, tried in order (router): the first
// route whose path and method match wins, so "/batch" under messages
// reaches the batch endpoints for POST and DELETE and the umid endpoints
// for GET.
var routes = [...]route{
	{http.MethodPost, messagesPath, endpoint{destinations: sendDestinations, validate: (*Server).validateSend}},
	{http.MethodPost, messagesPath + "/batch", endpoint{destinations: batchDestinations, validate: (*Server).validateBatch, maxBody: maxBatchBodyBytes}},
	{http.MethodDelete, messagesPath + "/batch/{batchId}", endpoint{validate: (*Server).validateCancelBatch}},
	{http.MethodGet, messagesPath + "/{umid}", endpoint{validate: (*Server).validateDetails}},
	{http.MethodDelete, messagesPath + "/{umid}", endpoint{validate: (*Server).validateCancel}},
	{http.MethodGet, "/api/v1/accounts/{accountId}/balance", endpoint{validate: (*Server).validateBalance}},
}

const messagesPath = sendPathStart + "{subAccountId}" + sendPathEnd

// Send's path, split around its one variable.
const (
	sendPathStart = "/api/v1/subaccounts/"
	sendPathEnd   = "/messages"
)

// route finds the endpoint for method and path: 404 code 1300 for a path
// 8x8 does not serve, 405 for a method it does not serve there.
func (s *Server) route(method, path string) (endpoint, routeVars, *apiError) {
	if id, ok := sendRoute(method, path); ok {
		var vars routeVars
		vars.add("subAccountId", id)
		return routes[0].endpoint, vars, nil // the send
	}
	var m mux.RouteMatch
	if router().Match(&http.Request{Method: method, URL: &url.URL{Path: path}}, &m) {
		r := routes[routeIndex(m.Route)]
		return r.endpoint, pathVars(r.pattern, path), nil
	}
	if m.MatchErr == mux.ErrMethodMismatch {
		return endpoint{}, routeVars{}, s.methodNotAllowed(method, path)
	}
	return endpoint{}, routeVars{}, newError(CodeNotFound, fmt.Sprintf(
		"%s: the 8x8 SMS API has no resource at %s; a single SMS is sent with POST %s",
		msgNotFound, path, messagesPath))
}

// router is gorilla/mux over the route table, built once per process.
// Each route matches its path with a MatcherFunc over segments and its
// method with Methods, so building the router compiles no regular
// expression: mux's path templates compiled one per route, which cost
// the first request of every process more than answering it. Routes are
// named by their index in the table.
var router = sync.OnceValue(func() *mux.Router {
	r := mux.NewRouter()
	for i := range routes {
		pattern := routes[i].pattern
		r.NewRoute().Name(strconv.Itoa(i)).
			MatcherFunc(func(req *http.Request, _ *mux.RouteMatch) bool { return matchesPath(pattern, req.URL.Path) }).
			Methods(routes[i].method)
	}
	return r
})

// routeIndex is the table row of a route of router.
func routeIndex(r *mux.Route) int {
	i, err := strconv.Atoi(r.GetName())
	if err != nil || i < 0 || i >= len(routes) {
		panic(fmt.Sprintf("fake8x8: route %q is not a row of the route table", r.GetName()))
	}
	return i
}

// sendRoute matches the single send, nearly every request a hook makes,
// without walking the table: the subaccount id is what the table's
// {subAccountId} matches (one or more bytes, no slash). Any other request
// goes through the table.
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

// matchesPath tells whether path has pattern's segments: the same ones
// where pattern is literal, any non-empty one where it names a var.
func matchesPath(pattern, path string) bool {
	if strings.Count(pattern, "/") != strings.Count(path, "/") {
		return false
	}
	for want, seg := range pairedSegments(pattern, path) {
		if isVar(want) && seg == "" || !isVar(want) && want != seg {
			return false
		}
	}
	return true
}

// pathVars returns the segments of path that pattern names, by name; path
// matches pattern.
func pathVars(pattern, path string) routeVars {
	var vars routeVars
	for want, seg := range pairedSegments(pattern, path) {
		if isVar(want) {
			vars.add(want[1:len(want)-1], seg)
		}
	}
	return vars
}

// maxRouteVars is how many "{name}" segments a route of the table has at
// most (a test keeps the table within it).
const maxRouteVars = 2

// routeVars are a routed path's named segments, held in the call instead
// of a map of their own: the send has one.
type routeVars struct {
	n             int
	names, values [maxRouteVars]string
}

// add names value; a name beyond maxRouteVars is dropped.
func (v *routeVars) add(name, value string) {
	if v.n < maxRouteVars {
		v.names[v.n], v.values[v.n] = name, value
		v.n++
	}
}

// lookup is the segment called name, and whether the route has one.
func (v *routeVars) lookup(name string) (string, bool) {
	for i := range v.n {
		if v.names[i] == name {
			return v.values[i], true
		}
	}
	return "", false
}

// get is the segment called name ("" for none).
func (v *routeVars) get(name string) string {
	value, _ := v.lookup(name)
	return value
}

// pairedSegments yields the "/"-separated segments of pattern with those
// of path at the same place, as far as both go.
func pairedSegments(pattern, path string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for {
			want, patternRest, more := strings.Cut(pattern, "/")
			seg, pathRest, pathMore := strings.Cut(path, "/")
			if !yield(want, seg) || !more || !pathMore {
				return
			}
			pattern, path = patternRest, pathRest
		}
	}
}

func isVar(segment string) bool {
	return strings.HasPrefix(segment, "{") && strings.HasSuffix(segment, "}")
}

// methodNotAllowed answers 405 with an 8x8 error body, which the reference
// does not document: code 1000 because the request is what is wrong, and
// the wording of ASP.NET, on which 8x8's API runs. Allow lists what works.
func (*Server) methodNotAllowed(method, path string) *apiError {
	e := newError(CodeInvalidParameter, fmt.Sprintf("The requested resource does not support http method '%s'.", method))
	e.status = http.StatusMethodNotAllowed
	var allowed []string
	for _, candidate := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		for _, r := range routes {
			if r.method == candidate && matchesPath(r.pattern, path) {
				allowed = append(allowed, candidate)
				break
			}
		}
	}
	e.header = http.Header{"Allow": {strings.Join(allowed, ", ")}}
	return e
}
