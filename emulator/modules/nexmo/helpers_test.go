package nexmo_test

import (
	"io"
	"net/http"
	"net/url"
	"sync"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/nexmo"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/stretchr/testify/require"
)

// seen is one request as the server received it.
type seen struct {
	Method string
	URL    *url.URL
	Host   string
	Header http.Header
	Body   string
}

// spy records every request and hands it on to next.
type spy struct {
	next http.Handler
	mu   sync.Mutex
	reqs []seen
}

func (s *spy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.reqs = append(s.reqs, seen{Method: r.Method, URL: r.URL, Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
	s.mu.Unlock()
	r.Body = io.NopCloser(stringsReader(body))
	s.next.ServeHTTP(w, r)
}

func (s *spy) only(t testing.TB) seen {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	require.Len(t, s.reqs, 1, "requests received")
	return s.reqs[0]
}

// newEnv requires nexmo as the global Nexmo, with an emulated process of
// Node 12 as Webtask ran Hooks, in front of h.
func newEnv(t testing.TB, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	_, err := env.RT.RunString(`globalThis.process = {version: 'v12.22.12'};`)
	require.NoError(t, err)
	env.Require(t, nexmo.Module(), "", "Nexmo")
	return env
}

// fake is the fake Vonage account the tests send to.
func fake(cfg fakevonage.Config) *spy { return &spy{next: fakevonage.New(cfg)} }

// sendJS sends with the guide's call and resolves with what the callback
// got: {err, data}, errors as their own properties plus message.
const sendJS = `new Promise((resolve) => {
	const nexmo = new Nexmo({apiKey: KEY, apiSecret: SECRET}, OPTIONS);
	nexmo.message.sendSms('Acme', TO, 'Your code is 123456', (err, data) => {
		resolve(JSON.stringify({err: err && Object.assign({message: err.message}, err), data}));
	});
})`

// run evaluates src and returns the value it settles with, as a string.
func run(t testing.TB, env *modtest.Env, src string) string {
	t.Helper()
	v, err := env.Await(src)
	require.NoError(t, err)
	return v.String()
}
