package auth0_test

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/auth0"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/fakeauth0"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/require"
)

const (
	domain   = "acme.eu.auth0.com"
	clientID = "m2mclient"
	secret   = "s3cr3t"
	userID   = "auth0|64f0c0ffee"
)

// newTenant is the fake tenant the shim talks to.
func newTenant(t testing.TB, mutate ...func(*fakeauth0.Config)) *fakeauth0.Server {
	t.Helper()
	cfg := fakeauth0.Config{
		Domain:  domain,
		Clients: []fakeauth0.Client{{ID: clientID, Secret: secret}},
		Users: []fakeauth0.User{{ID: userID, Email: "jane@example.com",
			UserMetadata: map[string]any{"lang": "fr"}}},
		IDs: fakekit.NewIDs(fakeauth0.Name, "seed"),
	}
	for _, m := range mutate {
		m(&cfg)
	}
	s, err := fakeauth0.New(cfg)
	require.NoError(t, err)
	return s
}

// received is one request as the tenant saw it.
type received struct {
	Method, Path, Query, Body string
	Header                    http.Header
}

// spy records every request before the tenant answers it.
type spy struct {
	next http.Handler
	mu   sync.Mutex
	reqs []received
}

func (s *spy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.reqs = append(s.reqs, received{Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Body: string(body), Header: r.Header.Clone()})
	s.mu.Unlock()
	r.Body = io.NopCloser(strings.NewReader(string(body)))
	s.next.ServeHTTP(w, r)
}

func (s *spy) all() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.reqs...)
}

// newEnv requires auth0@version as the global auth0 in a Hook (or an
// Action) whose HTTP reaches h.
func newEnv(t testing.TB, version string, action bool, h http.Handler) *modtest.Env {
	t.Helper()
	return newEnvWith(t, version, action, modtest.HandlerTransport(h))
}

// newEnvWith is newEnv with HTTP going through transport.
func newEnvWith(t testing.TB, version string, action bool, transport http.RoundTripper) *modtest.Env {
	t.Helper()
	env := modtest.New(t, transport)
	env.SetAction(action)
	_ = env.RT.Set("clearTimeout", func(id int) { env.Loop.CancelTimer(id) })
	env.Require(t, auth0.Module(), version, "auth0")
	_, err := env.RT.RunString(`globalThis.errorShape = function (e) {
		if (!(e instanceof Object)) return {thrown: e};
		var out = {name: e.name, ctor: e.constructor && e.constructor.name, message: e.message, isError: e instanceof Error, keys: Object.keys(e)};
		['statusCode', 'errorCode', 'error', 'error_description', 'requestInfo', 'field'].forEach(function (k) { if (k in e) out[k] = e[k]; });
		return out;
	};
	globalThis.mgmt = function (extra) {
		return new auth0.ManagementClient(Object.assign({domain: '` + domain + `', clientId: '` + clientID + `', clientSecret: '` + secret + `'}, extra || {}));
	};`)
	require.NoError(t, err)
	return env
}

// runErr runs a body that must fail and returns the error's shape.
func runErr(t testing.TB, env *modtest.Env, body string) string {
	t.Helper()
	return env.AwaitBody(t, "try { await (async () => {"+body+"})(); return 'no error'; } catch (e) { return errorShape(e); }")
}

func decode(t testing.TB, s string) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(s), &v), s)
	return v
}

// busyFor answers the first times user requests with Auth0's 429, then
// passes them on to next.
type busyFor struct {
	next  http.Handler
	times int
	mu    sync.Mutex
	n     int
}

func (b *busyFor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	b.n++
	busy := r.URL.Path != "/oauth/token" && b.times > 0
	if busy {
		b.times--
	}
	b.mu.Unlock()
	if busy {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = io.WriteString(w, `{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"}`)
		return
	}
	b.next.ServeHTTP(w, r)
}

func (b *busyFor) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

func TestMain(m *testing.M) {
	auth0.ShortenBackoff()
	os.Exit(m.Run())
}
