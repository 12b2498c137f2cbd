package request_test

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The shapes below are what request 2.88.2 passed its callback under
// Node 20 for the same failures.
func TestTransportFailuresReachTheCallbackAsNodeErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		transport http.RoundTripper
		want      map[string]any
	}{
		{"an unknown host", noDNS, map[string]any{
			"name": "Error", "message": "getaddrinfo ENOTFOUND sms.8x8.com", "string": "Error: getaddrinfo ENOTFOUND sms.8x8.com",
			"keys": []any{"errno", "code", "syscall", "hostname"}, "isError": true, "isTypeError": false,
			"code": "ENOTFOUND", "errno": -3008.0, "syscall": "getaddrinfo", "hostname": "sms.8x8.com"}},
		{"a refused connection", refused, map[string]any{
			"name": "Error", "message": "connect ECONNREFUSED sms.8x8.com:443", "string": "Error: connect ECONNREFUSED sms.8x8.com:443",
			"keys": []any{"errno", "code", "syscall", "address", "port"}, "isError": true, "isTypeError": false,
			"code": "ECONNREFUSED", "errno": -111.0, "syscall": "connect", "address": "sms.8x8.com", "port": 443.0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnvWith(t, tc.transport)
			out := call(t, env, `request.post({url: 'https://sms.8x8.com/api/v1/x', json: {a: 1}}, cb)`)
			assert.Equal(t, tc.want, errorOf(t, out))
		})
	}
}

func TestATimeoutIsESOCKETTIMEDOUTOnceConnected(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.88.2")
	start := time.Now()
	e := errorOf(t, call(t, env, `request({url: 'https://api.test/a?delay=300000', timeout: 30}, cb)`))
	assert.Less(t, time.Since(start), time.Minute, "the 30 ms timeout ends it, not the server's five minutes")
	assert.Equal(t, map[string]any{"name": "Error", "message": "ESOCKETTIMEDOUT", "string": "Error: ESOCKETTIMEDOUT",
		"keys": []any{"code", "connect"}, "isError": true, "isTypeError": false, "code": "ESOCKETTIMEDOUT", "connect": false}, e)
}

// neverConnects dials nowhere until the request gives up, like a host
// that drops packets.
var neverConnects = &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}}

func TestATimeoutIsETIMEDOUTWhileConnecting(t *testing.T) {
	t.Parallel()
	env := newEnvWith(t, neverConnects)
	e := errorOf(t, call(t, env, `request({url: 'http://10.255.255.1/x', timeout: 30}, cb)`))
	assert.Equal(t, map[string]any{"name": "Error", "message": "ETIMEDOUT", "string": "Error: ETIMEDOUT",
		"keys": []any{"code", "connect"}, "isError": true, "isTypeError": false, "code": "ETIMEDOUT", "connect": true}, e)
}

func TestATimeoutThatIsNotANumberIsIgnored(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.88.2")
	out := call(t, env, `request({url: 'https://api.test/a?delay=30', timeout: '5'}, cb)`)
	assert.Equal(t, 200.0, out["status"])
}

func TestTheTimeoutAlsoEmitsAbort(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.88.2")
	env.Run(t, `var out = []; request({url: 'https://api.test/a?delay=300000', timeout: 20}, e => out.push(e.code)).on('abort', () => out.push('abort'));`)
	_, err := env.Await(`1`)
	require.NoError(t, err)
	assert.Equal(t, `["abort","ESOCKETTIMEDOUT"]`, env.JSON(t, "out"))
}

func TestAbortCancelsTheRequestInFlightAndNeverCallsBack(t *testing.T) {
	t.Parallel()
	b := modtest.NewBlocking()
	env := newEnvWith(t, modtest.HandlerTransport(b))
	env.Run(t, `var out = [];
		const q = request('https://api.test/slow', () => out.push('callback'));
		q.on('abort', () => out.push('abort'));
		setTimeout(() => q.abort(), 20);`)
	_, err := env.Await(`1`)
	require.NoError(t, err)
	assert.Equal(t, `["abort"]`, env.JSON(t, "out"))
	b.AssertCanceled(t)
}

func TestAnAbortBeforeTheNextTurnSendsNothing(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.88.2")
	env.Run(t, `var out = []; const q = request('https://api.test/a', () => out.push('callback')); q.abort();`)
	_, err := env.Await(`1`)
	require.NoError(t, err)
	assert.Equal(t, `[]`, env.JSON(t, "out"))
	assert.Empty(t, srv.Requests())
}

func TestOptionsRequestRefusesReachTheCallback(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call, message, code string
		sends                     bool // request reports the problem and sends all the same
	}{
		{"no uri", `request({}, cb)`, "options.uri is a required argument", "<undefined>", false},
		{"a relative uri", `request('/relative', cb)`, `Invalid URI "/relative"`, "<undefined>", false},
		{"another protocol", `request('ftp://x/y', cb)`, "Invalid protocol: ftp:", "<undefined>", false},
		{"a baseUrl that is not a string", `request({baseUrl: 5, uri: 'x'}, cb)`, "options.baseUrl must be a string", "<undefined>", false},
		{"an absolute uri with baseUrl", `request({baseUrl: 'https://api.test', uri: 'http://x/y'}, cb)`, "options.uri must be a path when using options.baseUrl", "<undefined>", false},
		{"an object body without json", `request.post({url: 'https://api.test/a', body: {a: 1}}, cb)`, "Argument error, options.body.", "<undefined>", false},
		{"an auth object without credentials", `request.get('https://api.test/a', {auth: {}}, cb)`, "no auth mechanism defined", "<undefined>", true},
		{"a header value Node refuses", "request({url: 'https://api.test/a', headers: {'x-a': 'a\\nb'}}, cb)", `Invalid character in header content ["x-a"]`, "ERR_INVALID_CHAR", false},
		{"a header name Node refuses", `request({url: 'https://api.test/a', headers: {'bad name': 'x'}}, cb)`, `Header name must be a valid HTTP token ["bad name"]`, "ERR_INVALID_HTTP_TOKEN", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "2.88.2")
			e := errorOf(t, call(t, env, tc.call))
			assert.Equal(t, tc.message, e["message"])
			assert.Equal(t, tc.code, e["code"])
			_, err := env.Await(`1`)
			require.NoError(t, err)
			assert.Equal(t, tc.sends, len(srv.Requests()) == 1)
		})
	}
}

func TestCallsRequestRefusesThrow(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ call, message string }{
		{`request(undefined, () => {})`, "undefined is not a valid uri or options object."},
		{`request({url: 'https://api.test/a', method: 'HEAD', body: 'x'}, () => {})`, "HTTP HEAD requests MUST NOT include a request body."},
		{`request('https://api.test/a').on('data', 'nope')`, `The "listener" argument must be of type function. Received type string ('nope')`},
	} {
		env, _ := newEnv(t, "2.88.2")
		_, err := env.RT.RunString(tc.call)
		require.Error(t, err, tc.call)
		assert.Contains(t, err.Error(), tc.message)
	}
}

func TestRedirectsAreFollowedAsRequestDoes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call string
		status     float64
		sent       []string
		referer    string
	}{
		{"a get follows", `request('https://api.test/a?status=302&loc=/b%3Fbody%3Dfinal', cb)`, 200,
			[]string{"GET /a?status=302&loc=/b%3Fbody%3Dfinal", "GET /b?body=final"}, "https://api.test/a?status=302&loc=/b%3Fbody%3Dfinal"},
		{"a post does not", `request.post('https://api.test/a?status=302&loc=/b', cb)`, 302, []string{"POST /a?status=302&loc=/b"}, ""},
		{"followAllRedirects turns a post into a get", `request.post({url: 'https://api.test/a?status=302&loc=/b', followAllRedirects: true, body: 'x'}, cb)`, 200,
			[]string{"POST /a?status=302&loc=/b", "GET /b"}, "https://api.test/a?status=302&loc=/b"},
		{"followAllRedirects keeps a 307 post", `request.post({url: 'https://api.test/a?status=307&loc=/b', followAllRedirects: true, body: 'x'}, cb)`, 200,
			[]string{"POST /a?status=307&loc=/b", "POST /b"}, "https://api.test/a?status=307&loc=/b"},
		{"followRedirect false stops", `request({url: 'https://api.test/a?status=301&loc=/b', followRedirect: false}, cb)`, 301,
			[]string{"GET /a?status=301&loc=/b"}, ""},
		{"a held-back password answers a challenge", `request.get('https://api.test/a?challenge', {auth: {user: 'u', pass: 'p', sendImmediately: false}}, cb)`, 200,
			[]string{"GET /a?challenge", "GET /a?challenge"}, "https://api.test/a?challenge"},
		{"a held-back password is not sent unasked", `request.get('https://api.test/a?status=401', {auth: {user: 'u', pass: 'p', sendImmediately: false}}, cb)`, 401,
			[]string{"GET /a?status=401"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "2.88.2")
			out := call(t, env, tc.call)
			assert.Equal(t, tc.status, out["status"], out)
			got := srv.Requests()
			var sent []string
			for _, r := range got {
				sent = append(sent, r.Method+" "+r.URL)
			}
			assert.Equal(t, tc.sent, sent)
			assert.Equal(t, tc.referer, got[len(got)-1].Header.Get("Referer"))
			if strings.Contains(tc.call, "challenge") {
				assert.Empty(t, got[0].Header.Get("Authorization"))
				assert.Equal(t, "Basic dTpw", got[1].Header.Get("Authorization"))
			}
		})
	}
}

func TestARedirectToAnotherHostDropsAuthorization(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.88.2")
	out := call(t, env, `request({url: 'https://api.test/a?status=302&loc=https%3A%2F%2Fother.test%2Fb', auth: {bearer: 't'}}, cb)`)
	require.Equal(t, 200.0, out["status"])
	got := srv.Requests()
	require.Len(t, got, 2)
	assert.Equal(t, "Bearer t", got[0].Header.Get("Authorization"))
	assert.Equal(t, "other.test", got[1].Host)
	assert.Empty(t, got[1].Header.Get("Authorization"))
}

func TestTooManyRedirectsIsAnError(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.88.2")
	e := errorOf(t, call(t, env, `request({url: 'https://api.test/a?status=302&loc=%2Fa%3Fstatus%3D302%26loc%3D%2Fx', maxRedirects: 1}, cb)`))
	assert.Equal(t, "Exceeded maxRedirects. Probably stuck in a redirect loop https://api.test/a?status=302&loc=/x", e["message"])
	assert.Len(t, srv.Requests(), 2)
}
