package fetch_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
)

// The shapes below are what Node 20 gave for the same failures.
func TestNetworkFailuresRejectAsEachLibraryDoes(t *testing.T) {
	t.Parallel()
	dnsCause := map[string]any{"name": "Error", "message": "getaddrinfo ENOTFOUND sms.8x8.com", "code": "ENOTFOUND",
		"keys": []any{"errno", "code", "syscall", "hostname"}, "errno": -3008.0, "syscall": "getaddrinfo", "hostname": "sms.8x8.com"}
	refusedCause := map[string]any{"name": "Error", "message": "connect ECONNREFUSED sms.8x8.com:443", "code": "ECONNREFUSED",
		"keys": []any{"errno", "code", "syscall", "address", "port"}, "errno": -111.0, "syscall": "connect",
		"address": "sms.8x8.com", "port": 443.0}
	for _, tc := range []struct {
		name      string
		transport http.RoundTripper
		call      string
		want      map[string]any
	}{
		{"fetch fails with the DNS error as cause", noDNS, `fetch('https://sms.8x8.com/api')`,
			map[string]any{"name": "TypeError", "message": "fetch failed", "string": "TypeError: fetch failed", "keys": []any{},
				"isError": true, "isTypeError": true, "code": "<undefined>", "cause": dnsCause}},
		{"fetch fails with the refusal as cause", refused, `fetch('https://sms.8x8.com/api')`,
			map[string]any{"name": "TypeError", "message": "fetch failed", "string": "TypeError: fetch failed", "keys": []any{},
				"isError": true, "isTypeError": true, "code": "<undefined>", "cause": refusedCause}},
		{"node-fetch wraps the DNS error", noDNS, `nodeFetch('https://sms.8x8.com/api')`,
			map[string]any{"name": "FetchError", "message": "request to https://sms.8x8.com/api failed, reason: getaddrinfo ENOTFOUND sms.8x8.com",
				"string": "FetchError: request to https://sms.8x8.com/api failed, reason: getaddrinfo ENOTFOUND sms.8x8.com",
				"keys":   []any{"message", "type", "errno", "code"}, "isError": true, "isTypeError": false,
				"code": "ENOTFOUND", "errno": "ENOTFOUND", "type": "system", "cause": nil}},
		{"node-fetch wraps the refusal", refused, `nodeFetch('https://sms.8x8.com/api', {method: 'POST', body: 'x'})`,
			map[string]any{"name": "FetchError", "message": "request to https://sms.8x8.com/api failed, reason: connect ECONNREFUSED sms.8x8.com:443",
				"string": "FetchError: request to https://sms.8x8.com/api failed, reason: connect ECONNREFUSED sms.8x8.com:443",
				"keys":   []any{"message", "type", "errno", "code"}, "isError": true, "isTypeError": false,
				"code": "ECONNREFUSED", "errno": "ECONNREFUSED", "type": "system", "cause": nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, tc.transport)
			install(t, env, "2.7.0")
			assert.Equal(t, tc.want, errorOf(t, settle(t, env, tc.call)))
		})
	}
}

func TestRequestsThatCannotBeMadeRejectBeforeSending(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, call, errName, message string }{
		{"fetch needs an absolute URL", `fetch('/relative')`, "TypeError", "Failed to parse URL from /relative"},
		{"fetch without arguments", `fetch()`, "TypeError", "Failed to parse URL from undefined"},
		{"fetch refuses credentials in the URL", `fetch('https://u:p@api.test/x')`, "TypeError", "Request cannot be constructed from a URL that includes credentials: https://u:p@api.test/x"},
		{"fetch refuses a body on a get", `fetch('https://api.test/x', {body: 'x'})`, "TypeError", "Request with GET/HEAD method cannot have body."},
		{"fetch refuses an invalid method", `fetch('https://api.test/x', {method: 'bad method'})`, "TypeError", "'bad method' is not a valid HTTP method."},
		{"fetch refuses CONNECT", `fetch('https://api.test/x', {method: 'CONNECT'})`, "TypeError", "'CONNECT' HTTP method is unsupported."},
		{"fetch refuses an unknown redirect mode", `fetch('https://api.test/x', {redirect: 'nope'})`, "TypeError", "Request constructor: nope is not an accepted type. Expected one of follow, manual, error."},
		{"fetch refuses a signal that is not one", `fetch('https://api.test/x', {signal: {}})`, "TypeError", "Failed to construct 'Request': member signal is not of type AbortSignal."},
		{"fetch refuses an invalid header", `fetch('https://api.test/x', {headers: {'bad name': 'x'}})`, "TypeError", `Headers.append: "bad name" is an invalid header name.`},
		{"fetch fails another scheme", `fetch('ftp://x/y').catch(e => { throw e.cause; })`, "Error", "unknown scheme"},
		{"fetch fails a bad port", `fetch('http://api.test:6000/').catch(e => { throw e.cause; })`, "Error", "bad port"},
		{"fetch fails a header undici refuses", `fetch('https://api.test/x', {headers: {'Transfer-Encoding': 'chunked'}}).catch(e => { throw e.cause; })`, "InvalidArgumentError", "invalid transfer-encoding header"},
		{"fetch fails a wrong Content-Length", `fetch('https://api.test/x', {method: 'POST', body: 'a', headers: {'Content-Length': '9'}}).catch(e => { throw e.cause; })`,
			"RequestContentLengthMismatchError", "Request body length does not match content-length header"},
		{"node-fetch needs an absolute URL", `nodeFetch('/relative')`, "TypeError", "Only absolute URLs are supported"},
		{"node-fetch needs http or https", `nodeFetch('ftp://x/y')`, "TypeError", "Only HTTP(S) protocols are supported"},
		{"node-fetch refuses a body on a get", `nodeFetch('https://api.test/x', {body: 'x'})`, "TypeError", "Request with GET/HEAD method cannot have body"},
		{"node-fetch refuses a signal that is not one", `nodeFetch('https://api.test/x', {signal: {}})`, "TypeError", "Expected signal to be an instanceof AbortSignal"},
		{"node-fetch refuses an invalid header", `nodeFetch('https://api.test/x', {headers: {'bad name': 'x'}})`, "TypeError", "bad name is not a legal HTTP header name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "2.7.0")
			e := errorOf(t, settle(t, env, tc.call))
			assert.Equal(t, tc.errName, e["name"])
			assert.Equal(t, tc.message, e["message"])
			assert.Empty(t, srv.Requests())
		})
	}
}

func TestRedirectsAreFollowedAsEachLibraryDoes(t *testing.T) {
	t.Parallel()
	const to = `https://api.test/a?status=302&loc=`
	for _, tc := range []struct {
		name, call string
		want       any
		sent       []string // method and URI of each request
		kept       string   // the Authorization header of the last request
	}{
		{"fetch follows and reports the final URL", `fetch('` + to + `/b%3Fbody%3Dfinal').then(async r => [r.status, r.url, r.redirected, await r.text()])`,
			[]any{200.0, "https://api.test/b?body=final", true, "final"}, []string{"GET /a?status=302&loc=/b%3Fbody%3Dfinal", "GET /b?body=final"}, ""},
		{"fetch turns a 302 post into a get", `fetch('` + to + `/b', {method: 'POST', body: 'x', headers: {Authorization: 'k'}}).then(r => r.status)`,
			200.0, []string{"POST /a?status=302&loc=/b", "GET /b"}, "k"},
		{"fetch keeps the method on a 307", `fetch('https://api.test/a?status=307&loc=/b', {method: 'POST', body: 'x'}).then(r => r.status)`,
			200.0, []string{"POST /a?status=307&loc=/b", "POST /b"}, ""},
		{"fetch drops Authorization across origins", `fetch('` + to + `https%3A%2F%2Fother.test%2Fb', {headers: {Authorization: 'k'}}).then(r => [r.type, r.url])`,
			[]any{"cors", "https://other.test/b"}, []string{"GET /a?status=302&loc=https%3A%2F%2Fother.test%2Fb", "GET /b"}, ""},
		{"fetch hands back a manual redirect", `fetch('` + to + `/b', {redirect: 'manual'}).then(r => [r.status, r.headers.get('location')])`,
			[]any{302.0, "/b"}, []string{"GET /a?status=302&loc=/b"}, ""},
		{"node-fetch resolves a manual Location", `nodeFetch('` + to + `/b', {redirect: 'manual'}).then(r => [r.status, r.headers.get('location')])`,
			[]any{302.0, "https://api.test/b"}, []string{"GET /a?status=302&loc=/b"}, ""},
		{"node-fetch keeps Authorization on the same host", `nodeFetch('` + to + `/b', {method: 'POST', body: 'x', headers: {Authorization: 'k'}}).then(r => [r.url, r.redirected])`,
			[]any{"https://api.test/b", true}, []string{"POST /a?status=302&loc=/b", "GET /b"}, "k"},
		{"node-fetch drops Authorization for another host", `nodeFetch('` + to + `https%3A%2F%2Fother.test%2Fb', {headers: {Authorization: 'k'}}).then(r => r.url)`,
			"https://other.test/b", []string{"GET /a?status=302&loc=https%3A%2F%2Fother.test%2Fb", "GET /b"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "2.7.0")
			out := settle(t, env, tc.call)
			assert.Equal(t, tc.want, out["ok"], out)
			got := srv.Requests()
			var sent []string
			for _, r := range got {
				sent = append(sent, r.Method+" "+r.URL)
			}
			assert.Equal(t, tc.sent, sent)
			assert.Equal(t, tc.kept, got[len(got)-1].Header.Get("Authorization"))
		})
	}
}

func TestRedirectFailuresRejectAsEachLibraryDoes(t *testing.T) {
	t.Parallel()
	loop := `https://api.test/a?status=302&loc=%2Fa%3Fstatus%3D302%26loc%3D%252Fa%253Fstatus%253D302`
	for _, tc := range []struct{ name, call, errName, message, cause string }{
		{"fetch refuses with redirect error", `fetch('https://api.test/a?status=302&loc=/b', {redirect: 'error'})`, "TypeError", "fetch failed", "unexpected redirect"},
		{"node-fetch 2.7 refuses with redirect error", `nodeFetch('https://api.test/a?status=302&loc=/b', {redirect: 'error'})`, "FetchError",
			"uri requested responds with a redirect, redirect mode is set to error: https://api.test/a?status=302&loc=/b", ""},
		{"node-fetch stops at follow", `nodeFetch('` + loop + `', {follow: 1})`, "FetchError",
			"maximum redirect reached at: https://api.test/a?status=302&loc=%2Fa%3Fstatus%3D302", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			e := errorOf(t, settle(t, env, tc.call))
			assert.Equal(t, tc.errName, e["name"])
			assert.Equal(t, tc.message, e["message"])
			if tc.cause != "" {
				assert.Equal(t, tc.cause, e["cause"].(map[string]any)["message"])
			}
		})
	}
}

func TestNodeFetch260WordsTheRedirectErrorAsItDid(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.6.0")
	e := errorOf(t, settle(t, env, `nodeFetch('https://api.test/a?status=302&loc=/b', {redirect: 'error'})`))
	assert.Equal(t, "redirect mode is set to error: https://api.test/a?status=302&loc=/b", e["message"])
	assert.Equal(t, "no-redirect", e["type"])
}

func TestAbortingCancelsTheRequestInFlight(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call string
		want       map[string]any
	}{
		{"fetch rejects with the DOMException", `(() => { const c = new AbortController(); setTimeout(() => c.abort(), 20);
				return fetch('https://api.test/slow', {signal: c.signal}); })()`,
			map[string]any{"name": "AbortError", "message": "This operation was aborted", "code": 20.0, "keys": []any{}}},
		{"fetch rejects with the reason given", `(() => { const c = new AbortController(); setTimeout(() => c.abort(new RangeError('mine')), 20);
				return fetch('https://api.test/slow', {signal: c.signal}); })()`,
			map[string]any{"name": "RangeError", "message": "mine", "code": "<undefined>", "keys": []any{}}},
		{"fetch rejects at AbortSignal.timeout", `fetch('https://api.test/slow', {signal: AbortSignal.timeout(20)})`,
			map[string]any{"name": "TimeoutError", "message": "The operation was aborted due to timeout", "code": 23.0, "keys": []any{}}},
		{"fetch rejects at a timeout among signals", `fetch('https://api.test/slow', {signal: AbortSignal.any([new AbortController().signal, AbortSignal.timeout(20)])})`,
			map[string]any{"name": "TimeoutError", "message": "The operation was aborted due to timeout", "code": 23.0, "keys": []any{}}},
		{"node-fetch rejects with its AbortError", `(() => { const c = new AbortController(); setTimeout(() => c.abort('ignored'), 20);
				return nodeFetch('https://api.test/slow', {signal: c.signal}); })()`,
			map[string]any{"name": "AbortError", "message": "The user aborted a request.", "code": "<undefined>", "keys": []any{"type", "message"}}},
		{"node-fetch rejects at AbortSignal.timeout", `nodeFetch('https://api.test/slow', {signal: AbortSignal.timeout(20)})`,
			map[string]any{"name": "AbortError", "message": "The user aborted a request.", "code": "<undefined>", "keys": []any{"type", "message"}}},
		{"node-fetch's timeout option rejects", `nodeFetch('https://api.test/slow', {timeout: 20})`,
			map[string]any{"name": "FetchError", "message": "network timeout at: https://api.test/slow", "code": "<undefined>", "keys": []any{"message", "type"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := modtest.NewBlocking()
			env := modtest.New(t, modtest.HandlerTransport(b))
			install(t, env, "2.7.0")
			e := errorOf(t, settle(t, env, tc.call))
			for k, v := range tc.want {
				assert.Equal(t, v, e[k], k)
			}
			b.AssertCanceled(t)
		})
	}
}

func TestAnAbortBeforeTheCallSendsNothing(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.7.0")
	out := settle(t, env, `(() => { const c = new AbortController(); c.abort();
		return Promise.all([fetch('https://api.test/x', {signal: c.signal}).catch(e => e.name),
			nodeFetch('https://api.test/x', {signal: c.signal}).catch(e => e.message)]); })()`)
	assert.Equal(t, []any{"AbortError", "The user aborted a request."}, out["ok"])
	assert.Empty(t, srv.Requests())
}

func TestAnAbortAfterTheResponseFailsUndicisUnreadBody(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.7.0")
	out := settle(t, env, `(async () => {
		const c = new AbortController();
		const r = await fetch('https://api.test/x', {signal: c.signal});
		c.abort();
		const first = await r.text().catch(e => [e.name, e.message, e.code]);
		const c2 = new AbortController();
		const n = await nodeFetch('https://api.test/x', {signal: c2.signal});
		c2.abort();
		return [first, r.bodyUsed, await n.text()];
	})()`)
	assert.Equal(t, []any{[]any{"AbortError", "The operation was aborted.", 20.0}, false, `{"ok":true}`}, out["ok"])
}
