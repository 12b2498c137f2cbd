package request_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/request"
	"github.com/stretchr/testify/require"
)

// server is the echo server the shims' tests share: it answers from the
// query string as the Node reference runs did, and records each request.
type server = modtest.EchoServer

// cookies are what the echo server sets on every answer.
var cookies = []string{"a=1", "b=2"}

// newEnv is a bare runtime whose HTTP reaches an in-process server at any
// host, with request at version bound to request.
func newEnv(t testing.TB, version string) (*modtest.Env, *server) {
	t.Helper()
	env, srv := modtest.NewEcho(t, cookies...)
	install(t, env, version)
	return env, srv
}

func install(t testing.TB, env *modtest.Env, version string) {
	t.Helper()
	env.Require(t, request.Module(), version, "request")
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

// call runs js, in which cb is a request callback, and returns what the
// callback saw: {"error": describe(error)} or {"status", "body", ...}.
func call(t testing.TB, env *modtest.Env, js string) map[string]any {
	t.Helper()
	_, err := env.RT.RunString(describeJS)
	require.NoError(t, err)
	v, err := env.Await(`new Promise(done => {
		const cb = (err, res, body) => done(JSON.stringify(err ? {error: describe(err)} : {
			status: res.statusCode, statusMessage: res.statusMessage, headers: res.headers,
			body: body, bodyType: typeof body, same: body === res.body, isBinary: body instanceof Uint8Array}));
		` + js + `;
	})`)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}

// describeJS reduces an error to the fields the tests compare with Node's.
const describeJS = `function describe(e) {
	if (!e || typeof e !== 'object') return {thrown: String(e)};
	return {
		name: e.name, message: e.message, string: String(e), keys: Object.keys(e),
		isError: e instanceof Error, isTypeError: e instanceof TypeError,
		code: e.code === undefined ? '<undefined>' : e.code, errno: e.errno, syscall: e.syscall,
		hostname: e.hostname, address: e.address, port: e.port, connect: e.connect,
	};
}`

func errorOf(t testing.TB, out map[string]any) map[string]any {
	t.Helper()
	e, ok := out["error"].(map[string]any)
	require.True(t, ok, "expected an error, got %v", out)
	return e
}

// newEnvWith requires request in a runtime whose HTTP goes through
// transport.
func newEnvWith(t testing.TB, transport http.RoundTripper) *modtest.Env {
	t.Helper()
	env := modtest.New(t, transport)
	install(t, env, "2.88.2")
	return env
}
