package nexmo_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/nexmo"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/stretchr/testify/require"
)

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
func fake(cfg fakevonage.Config) *modtest.Spy { return &modtest.Spy{Next: fakevonage.New(cfg)} }

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
