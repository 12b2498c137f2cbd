package fake8x8

import (
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/mux"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnknownPathsAreNotFound(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, method, path string }{
		{name: "a path outside /api/v1 is not found", method: http.MethodPost, path: "/subaccounts/acme-sms/messages"},
		{name: "a doubled /api/v1 from a baseURL mistake is not found", method: http.MethodPost, path: "/api/v1/api/v1/subaccounts/acme-sms/messages"},
		{name: "another API version is not found", method: http.MethodPost, path: "/api/v2/subaccounts/acme-sms/messages"},
		{name: "a trailing slash is not found", method: http.MethodPost, path: sendPath + "/"},
		{name: "an endpoint the fake does not serve is not found", method: http.MethodPost, path: sendPath + "/" + testID(1) + "/feedback"},
		{name: "the root is not found", method: http.MethodGet, path: "/"},
		{name: "an empty subaccount segment is not found", method: http.MethodPost, path: "/api/v1/subaccounts//messages"},
		{name: "an empty umid segment is not found", method: http.MethodGet, path: sendPath + "/"},
		{name: "a path one segment short of the balance is not found", method: http.MethodGet, path: "/api/v1/accounts/balance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := do(t, s, request{method: tt.method, path: tt.path, body: validSend})
			assertErrorPrefix(t, r, http.StatusNotFound, CodeNotFound, "Not found: the 8x8 SMS API has no resource at "+tt.path)
			assert.Len(t, s.Entries(), 1, "a request to an unknown path is journaled")
		})
	}
}

func TestAnUnknownPathIsNotFoundEvenWithoutAKey(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := do(t, s, request{path: "/nowhere", header: http.Header{}})
	assertError(t, r, http.StatusNotFound, CodeNotFound, "")
}

func TestAWrongMethodIsNotAllowed(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, method, path, allow string }{
		{name: "GET on the send endpoint is not allowed", method: http.MethodGet, path: sendPath, allow: "POST"},
		{name: "PUT on a message is not allowed", method: http.MethodPut, path: sendPath + "/" + testID(1), allow: "GET, DELETE"},
		{name: "POST on a message is not allowed", method: http.MethodPost, path: sendPath + "/" + testID(1), allow: "GET, DELETE"},
		{name: "POST on the balance is not allowed", method: http.MethodPost, path: "/api/v1/accounts/acme/balance", allow: "GET"},
		{name: "PATCH on a batch is not allowed", method: http.MethodPatch, path: batchPath + "/" + testID(1), allow: "DELETE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{})
			r := do(t, s, request{method: tt.method, path: tt.path})
			assertError(t, r, http.StatusMethodNotAllowed, CodeInvalidParameter,
				"The requested resource does not support http method '"+tt.method+"'.")
			assert.Equal(t, tt.allow, r.header.Get("Allow"))
		})
	}
}

func TestGettingTheBatchPathIsAnInvalidUMID(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := do(t, s, request{method: http.MethodGet, path: batchPath})
	assertError(t, r, http.StatusBadRequest, CodeInvalidParameter, "Invalid umid.")
}

func TestServersAnswerForThemselvesAtTheSameTime(t *testing.T) {
	t.Parallel()
	open, strict := newTestServer(Config{}), newTestServer(Config{SubAccounts: []string{"other-sms"}})

	body := `{"destination": "+6591234567", "text": "hi"}`
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			assert.Equal(t, http.StatusOK, send(t, open, body).status)
			assert.Equal(t, http.StatusBadRequest, send(t, strict, body).status, "the other server refuses the subaccount")
		})
	}
	wg.Wait()
	assert.Len(t, open.Messages(), 4)
	assert.Empty(t, strict.Messages())
}

// muxRouter is gorilla/mux with its own path templates, one route per row
// of the table, named by its index, Path before Methods as the fake once
// declared them: the witness of how 8x8's paths route, which the fake's
// router (segment matchers, no regular expressions) must agree with.
func muxRouter() *mux.Router {
	r := mux.NewRouter()
	for i, rt := range routes {
		r.Path(rt.pattern).Methods(rt.method).Name(strconv.Itoa(i))
	}
	return r
}

// The fake's router and the send's shortcut (sendRoute) must route every
// path exactly as gorilla/mux's path templates route it: the same endpoint and vars, 405
// where mux found the path under another method, 404 elsewhere.
func TestTheRouterAndTheSendShortcutRouteAsMuxPathTemplatesDo(t *testing.T) {
	t.Parallel()
	s, router := newTestServer(Config{}), muxRouter()
	require.Equal(t, http.MethodPost+" "+messagesPath, routes[0].method+" "+routes[0].pattern, "the send is the table's first row")
	paths := []string{
		sendPath, "/api/v1/subaccounts/batch/messages", "/api/v1/subaccounts/a.b-c_d/messages",
		"/api/v1/subaccounts//messages", "/api/v1/subaccounts/a/b/messages", "/api/v1/subaccounts/messages",
		sendPath + "/", sendPath + "/batch", sendPath + "/" + testID(1), "/api/v1/subaccounts/acme/messagesx",
		"/api/v1/api/v1/subaccounts/acme/messages", "/API/v1/subaccounts/acme/messages", "/", "",
		batchPath + "/" + testID(2), batchPath + "/" + testID(2) + "/", batchPath + "//", sendPath + "//",
		"/api/v1/accounts/acme/balance", "/api/v1/accounts//balance", "/api/v1/accounts/balance", "/api/v1/accounts/a/b/balance",
		sendPath + "/" + testID(1) + "/x", "//api/v1/subaccounts/acme/messages", "/api/v1/subaccounts/{subAccountId}/messages",
	}
	for _, path := range paths {
		for _, method := range []string{http.MethodPost, http.MethodGet, http.MethodDelete, http.MethodPut} {
			t.Run(method+" "+path+" routes as mux routed it", func(t *testing.T) {
				t.Parallel()
				var m mux.RouteMatch
				muxOK := router.Match(matchRequest(method, path), &m) && m.MatchErr == nil
				if id, shortcut := sendRoute(method, path); shortcut {
					require.True(t, muxOK, "mux matches what the shortcut takes")
					assert.Equal(t, "0", m.Route.GetName())
					assert.Equal(t, map[string]string{"subAccountId": id}, m.Vars)
				} else if muxOK {
					assert.NotEqual(t, "0", m.Route.GetName(), "the shortcut takes every send mux matches")
				}
				ep, vars, err := s.route(method, path)
				switch {
				case muxOK:
					require.Nil(t, err)
					i, _ := strconv.Atoi(m.Route.GetName())
					assert.Equal(t, m.Vars, varsMap(vars))
					assert.Equal(t, reflect.ValueOf(routes[i].endpoint.validate).Pointer(), reflect.ValueOf(ep.validate).Pointer(), "the endpoint of route %d", i)
				case m.MatchErr == mux.ErrMethodMismatch:
					require.NotNil(t, err)
					assert.Equal(t, http.StatusMethodNotAllowed, err.status)
				default:
					require.NotNil(t, err)
					assert.Equal(t, http.StatusNotFound, err.status)
				}
			})
		}
	}
}

// matchRequest is the minimal request mux needs to match a route.
func matchRequest(method, path string) *http.Request {
	return &http.Request{Method: method, Header: http.Header{}, URL: &url.URL{Path: path}}
}

// The router must stay free of path templates: mux compiles a regular
// expression for each, which every process would pay on its first request.
func TestTheRouterCompilesNoRegularExpression(t *testing.T) {
	t.Parallel()
	n := 0
	require.NoError(t, router().Walk(func(r *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		n++
		_, err := r.GetPathRegexp()
		assert.Error(t, err, "route %s has a path template", r.GetName())
		return nil
	}))
	assert.Equal(t, len(routes), n, "one mux route per row of the table")
}

// varsMap is vars as mux gives them.
func varsMap(vars routeVars) map[string]string {
	out := map[string]string{}
	for i := range vars.n {
		out[vars.names[i]] = vars.values[i]
	}
	return out
}

// Every route of the table keeps its "{name}" segments within what a
// call holds.
func TestEveryRouteHasAtMostMaxRouteVarsNamedSegments(t *testing.T) {
	t.Parallel()
	for _, r := range routes {
		assert.LessOrEqual(t, strings.Count(r.pattern, "{"), maxRouteVars, r.pattern)
	}
}
