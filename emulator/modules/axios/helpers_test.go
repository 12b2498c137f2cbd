package axios_test

import (
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/require"
)

// server is the echo server the shims' tests share: it answers from the
// query string as the Node reference runs did, and records each request.
type server = modtest.EchoServer

// received is one request as the server saw it.
type received = modtest.Received

// newEnv requires axios at version in a fresh runtime whose HTTP reaches
// an in-process server at any host.
func newEnv(t *testing.T, version string) (*modtest.Env, *server) {
	t.Helper()
	env, srv := modtest.NewEcho(t)
	env.Require(t, axios.Module(), version, "axios")
	return env, srv
}

// newLoopbackEnv is newEnv over a real loopback server and Go's transport,
// for what needs real time to pass (timeouts) or a real network stack. It
// returns the server's base URL.
func newLoopbackEnv(t *testing.T, version string) (*modtest.Env, *server, string) {
	t.Helper()
	env, srv, url := modtest.NewEchoLoopback(t)
	env.Require(t, axios.Module(), version, "axios")
	return env, srv, url
}

// settle runs js (a promise) and returns JSON.stringify of what it
// resolved with or, for a rejection, of describe(error).
func settle(t *testing.T, env *modtest.Env, js string) map[string]any {
	t.Helper()
	v, err := env.Await(`Promise.resolve().then(() => ` + js + `).then(
		r => JSON.stringify({ok: r}),
		e => JSON.stringify({error: describe(e)}))`)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}

// describeJS reduces an error to the fields the tests compare with Node's.
const describeJS = `function describe(e) {
	if (!e || typeof e !== 'object') return {thrown: String(e)};
	var j = typeof e.toJSON === 'function' ? e.toJSON() : undefined;
	return {
		name: e.name, message: e.message, code: e.code === undefined ? '<undefined>' : e.code,
		status: e.status === undefined ? '<undefined>' : e.status,
		keys: Object.keys(e), isAxiosError: e.isAxiosError, isError: e instanceof Error,
		hasResponseKey: 'response' in e, string: String(e),
		response: e.response ? {status: e.response.status, statusText: e.response.statusText, data: e.response.data} : null,
		toJSONKeys: j ? Object.keys(j) : null, toJSONStatus: j ? j.status : null,
		errno: e.errno, syscall: e.syscall, hostname: e.hostname, requestMethod: e.request && e.request.method,
	};
}`

func withDescribe(t *testing.T, env *modtest.Env) {
	t.Helper()
	_, err := env.RT.RunString(describeJS)
	require.NoError(t, err)
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
