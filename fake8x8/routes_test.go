package fake8x8

import (
	"net/http"
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

func TestServersShareTheirRoutesAndCountriesYetAnswerForThemselves(t *testing.T) {
	t.Parallel()
	open, strict := newTestServer(Config{}), newTestServer(Config{SubAccounts: []string{"other-sms"}})
	assert.Same(t, open.router, strict.router, "the routes are built once per process")
	assert.Equal(t, open.countries, strict.countries)

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

// The send's route is matched without the router (sendRoute); every
// path must still route exactly as the router routes it.
func TestTheSendShortcutRoutesAsTheRouterDoes(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	paths := []string{
		sendPath, "/api/v1/subaccounts/batch/messages", "/api/v1/subaccounts/a.b-c_d/messages",
		"/api/v1/subaccounts//messages", "/api/v1/subaccounts/a/b/messages", "/api/v1/subaccounts/messages",
		sendPath + "/", sendPath + "/batch", sendPath + "/" + testID(1), "/api/v1/subaccounts/acme/messagesx",
		"/api/v1/api/v1/subaccounts/acme/messages", "/API/v1/subaccounts/acme/messages", "/",
	}
	for _, path := range paths {
		for _, method := range []string{http.MethodPost, http.MethodGet, http.MethodDelete} {
			t.Run(method+" "+path+" routes as the router routes it", func(t *testing.T) {
				t.Parallel()
				var m mux.RouteMatch
				routerOK := s.router.Match(matchRequest(method, path), &m) && m.MatchErr == nil
				id, shortcut := sendRoute(method, path)
				if shortcut {
					require.True(t, routerOK, "the router matches what the shortcut takes")
					assert.Equal(t, routeSend, m.Route.GetName())
					assert.Equal(t, map[string]string{"subAccountId": id}, m.Vars)
				}
				if routerOK && m.Route.GetName() == routeSend {
					assert.True(t, shortcut, "the shortcut takes every send the router matches")
				}
				ep, vars, err := s.route(method, path)
				if routerOK {
					require.Nil(t, err)
					assert.Equal(t, m.Vars, vars)
					assert.Equal(t, s.endpoints[m.Route.GetName()].maxBody, ep.maxBody)
				} else {
					assert.NotNil(t, err)
				}
			})
		}
	}
}
