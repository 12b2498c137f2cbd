package fetch_test

import (
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/require"
)

// server is the echo server the shims' tests share: it answers from the
// query string as the Node reference runs did, and records each request.
type server = modtest.EchoServer

// cookies are what the echo server sets on every answer.
var cookies = []string{"a=1", "b=2"}

// newEnv is a bare runtime whose HTTP reaches an in-process server at any
// host, with node-fetch at version (if not empty) bound to nodeFetch and
// the WHATWG globals installed.
func newEnv(t testing.TB, version string) (*modtest.Env, *server) {
	t.Helper()
	env, srv := modtest.NewEcho(t, cookies...)
	install(t, env, version)
	return env, srv
}

func install(t testing.TB, env *modtest.Env, version string) {
	t.Helper()
	for name, v := range fetch.Globals(env) {
		require.NoError(t, env.RT.Set(name, v))
	}
	if version != "" {
		env.Require(t, fetch.Module(), version, "nodeFetch")
	}
}

// newLoopbackEnv is newEnv over a real loopback server and Go's
// transport, for what needs real time to pass or a real network stack.
func newLoopbackEnv(t *testing.T, version string) (*modtest.Env, *server, string) {
	t.Helper()
	env, srv, url := modtest.NewEchoLoopback(t, cookies...)
	install(t, env, version)
	return env, srv, url
}

// noDNS and refused are the shared failing transports.
var noDNS, refused = modtest.NoDNS, modtest.Refused

// settle runs js (a promise) and returns what it resolved with as
// {"ok": value}, or {"error": describe(error)}.
func settle(t testing.TB, env *modtest.Env, js string) map[string]any {
	t.Helper()
	_, err := env.RT.RunString(describeJS)
	require.NoError(t, err)
	v, err := env.Await(`Promise.resolve().then(() => ` + js + `).then(
		r => JSON.stringify({ok: r === undefined ? null : r}),
		e => JSON.stringify({error: describe(e)}))`)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}

// describeJS reduces an error to the fields the tests compare with Node's.
const describeJS = `function describe(e) {
	if (!e || typeof e !== 'object') return {thrown: String(e)};
	var c = e.cause;
	return {
		name: e.name, message: e.message, string: String(e), keys: Object.keys(e),
		isError: e instanceof Error, isTypeError: e instanceof TypeError,
		code: e.code === undefined ? '<undefined>' : e.code, errno: e.errno, type: e.type,
		cause: c ? {name: c.name, message: c.message, code: c.code, keys: Object.keys(c), errno: c.errno,
			syscall: c.syscall, hostname: c.hostname, address: c.address, port: c.port} : null,
	};
}`

func errorOf(t testing.TB, out map[string]any) map[string]any {
	t.Helper()
	e, ok := out["error"].(map[string]any)
	require.True(t, ok, "expected a rejection, got %v", out)
	return e
}
