package vonage_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/url"
	"github.com/hookemu/hookemu/emulator/modules/vonage"
	"github.com/stretchr/testify/require"
)

// newEnv is an Action's runtime (Node 18, with fetch, URL and process)
// with @vonage/server-sdk as the global sdk, in front of h.
func newEnv(t testing.TB, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.SetAction(true)
	for _, name := range []string{"fetch", "AbortController"} {
		v, ok := fetch.Global(env, name)
		require.True(t, ok)
		require.NoError(t, env.RT.Set(name, v))
	}
	urlExports, err := url.Module().Load(env, "")
	require.NoError(t, err)
	require.NoError(t, env.RT.Set("URL", urlExports.ToObject(env.RT).Get("URL")))
	_, err = env.RT.RunString(`globalThis.process = {version: 'v18.20.4'};`)
	require.NoError(t, err)
	env.Require(t, vonage.Module(), "", "sdk")
	return env
}

// shapeJS describes a caught error: its class, message and own keys.
const shapeJS = `const shape = (e) => ({ctor: e.constructor.name, name: e.name, message: e.message, isError: e instanceof Error, keys: Object.keys(e)});`
