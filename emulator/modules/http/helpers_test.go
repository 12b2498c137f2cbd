package http_test

import (
	"encoding/json"
	nethttp "net/http"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	nodehttp "github.com/hookemu/hookemu/emulator/modules/http"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/hookemu/hookemu/emulator/modules/stringdecoder"
	"github.com/hookemu/hookemu/emulator/modules/url"
	"github.com/stretchr/testify/require"
)

// newEnv is a bare runtime whose HTTP goes through transport, with http
// and https bound to the globals http and https.
func newEnv(t testing.TB, transport nethttp.RoundTripper) *modtest.Env {
	t.Helper()
	env := modtest.New(t, transport)
	env.Provide(buffer.Module(), url.Module(), stringdecoder.Module(), stream.Module(), nodehttp.Module(), nodehttp.HTTPSModule())
	for _, name := range []string{"http", "https"} {
		v, err := env.LoadModule(name)
		require.NoError(t, err)
		require.NoError(t, env.RT.Set(name, v))
	}
	require.NoError(t, env.RT.Set("require", func(name string) (goja.Value, error) { return env.LoadModule(name) }))
	buf, err := env.LoadModule("buffer")
	require.NoError(t, err)
	require.NoError(t, env.RT.Set("Buffer", buf.ToObject(env.RT).Get("Buffer")))
	return env
}

// echoEnv is newEnv over the shared echo server, at any host.
func echoEnv(t testing.TB) (*modtest.Env, *modtest.EchoServer) {
	t.Helper()
	srv := &modtest.EchoServer{Cookies: []string{"a=1", "b=2"}}
	return newEnv(t, modtest.HandlerTransport(srv)), srv
}

// settle runs js, a function body given resolve and reject, and returns
// what it resolved with as {"ok": value}, or {"error": {name, message,
// code, ...}} for what it rejected with or threw.
func settle(t testing.TB, env *modtest.Env, js string) map[string]any {
	t.Helper()
	v, err := env.Await(`new Promise((resolve, reject) => {` + js + `}).then(
		r => JSON.stringify({ok: r === undefined ? null : r}),
		e => JSON.stringify({error: e && typeof e === 'object'
			? Object.assign({name: e.name, message: e.message}, e) : {thrown: String(e)}}))`)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}
