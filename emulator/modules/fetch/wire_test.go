package fetch_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The headers below are what Node 20 put on the wire for the same calls,
// less Host and Connection, which Node's agent adds. undici offers brotli
// over https only; the tests' URLs are https.
var (
	undiciDefaults = http.Header{
		"Accept":          {"*/*"},
		"Accept-Language": {"*"},
		"Sec-Fetch-Mode":  {"cors"},
		"User-Agent":      {"node"},
		"Accept-Encoding": {"br, gzip, deflate"},
	}
	nodeFetchDefaults = http.Header{
		"Accept":          {"*/*"},
		"User-Agent":      {"node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"},
		"Accept-Encoding": {"gzip,deflate"},
	}
)

func with(base http.Header, kv ...string) http.Header {
	h := base.Clone()
	for i := 0; i < len(kv); i += 2 {
		if kv[i+1] == "" {
			h.Del(kv[i])
			continue
		}
		h.Set(kv[i], kv[i+1])
	}
	return h
}

func TestGlobalFetchSendsWhatUndiciSends(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call, method, body string
		header                   http.Header
	}{
		{"a get carries undici's defaults", `fetch(u)`, "GET", "", undiciDefaults},
		{"a string body is text/plain", `fetch(u, {method: 'POST', body: 'hello é'})`, "POST", "hello é",
			with(undiciDefaults, "Content-Type", "text/plain;charset=UTF-8", "Content-Length", "8")},
		{"stringified JSON keeps the caller's type", `fetch(u, {method: 'POST', body: JSON.stringify({a: 1}), headers: {'Content-Type': 'application/json', Authorization: 'Bearer k'}})`, "POST", `{"a":1}`,
			with(undiciDefaults, "Content-Type", "application/json", "Authorization", "Bearer k", "Content-Length", "7")},
		{"an object body is its string form", `fetch(u, {method: 'POST', body: {a: 1}})`, "POST", "[object Object]",
			with(undiciDefaults, "Content-Type", "text/plain;charset=UTF-8", "Content-Length", "15")},
		{"URLSearchParams are urlencoded", `fetch(u, {method: 'POST', body: new URLSearchParams('To=%2B1808&Body=a+b')})`, "POST", "To=%2B1808&Body=a+b",
			with(undiciDefaults, "Content-Type", "application/x-www-form-urlencoded;charset=UTF-8", "Content-Length", "19")},
		{"bytes have no type", `fetch(u, {method: 'PUT', body: new Uint8Array([104, 105])})`, "PUT", "hi",
			with(undiciDefaults, "Content-Length", "2")},
		{"a body-less post has a zero length", `fetch(u, {method: 'POST'})`, "POST", "", with(undiciDefaults, "Content-Length", "0")},
		{"a body-less PATCH has a zero length", `fetch(u, {method: 'PATCH'})`, "PATCH", "", with(undiciDefaults, "Content-Length", "0")},
		{"a body-less delete has none", `fetch(u, {method: 'delete'})`, "DELETE", "", undiciDefaults},
		{"a lower-case patch is sent as written", `fetch(u, {method: 'patch', body: ''})`, "patch", "",
			with(undiciDefaults, "Content-Type", "text/plain;charset=UTF-8")},
		{"a head asks to close", `fetch(u, {method: 'HEAD'})`, "HEAD", "", with(undiciDefaults, "Connection", "close")},
		{"the caller's headers win", `fetch(u, {headers: {'user-agent': 'mine', Accept: 'application/json', 'accept-encoding': 'identity'}})`, "GET", "",
			with(undiciDefaults, "User-Agent", "mine", "Accept", "application/json", "Accept-Encoding", "identity")},
		{"repeated names are joined", `fetch(u, {headers: [['X-A', '1'], ['x-a', '2']]})`, "GET", "", with(undiciDefaults, "X-A", "1, 2")},
		{"Host and a matching Content-Length are dropped", `fetch(u, {method: 'POST', body: 'a', headers: {Host: 'other', 'Content-Length': '1'}})`, "POST", "a",
			with(undiciDefaults, "Content-Type", "text/plain;charset=UTF-8", "Content-Length", "1")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "")
			env.Run(t, fakeURLSearchParams+`; var u = 'https://api.test/p?x=1';`)
			out := settle(t, env, tc.call+`.then(r => r.status)`)
			require.Equal(t, 200.0, out["ok"], out)
			got := srv.Only(t)
			assert.Equal(t, tc.method, got.Method)
			assert.Equal(t, "/p?x=1", got.URL)
			assert.Equal(t, "api.test", got.Host)
			assert.Equal(t, tc.body, got.Body)
			assert.Equal(t, tc.header, got.Header)
		})
	}
}

func TestNodeFetchSendsWhatItsReleaseSends(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, version, call, method, body string
		header                            http.Header
	}{
		{"2.7.0 sends no Connection header", "2.7.0", `nodeFetch(u)`, "GET", "", nodeFetchDefaults},
		{"2.6.12 asks to close", "2.6.12", `nodeFetch(u)`, "GET", "", with(nodeFetchDefaults, "Connection", "close")},
		{"2.6.1 asks to close", "2.6.1", `nodeFetch(u)`, "GET", "", with(nodeFetchDefaults, "Connection", "close")},
		{"a string body is text/plain", "2.7.0", `nodeFetch(u, {method: 'post', body: 'str'})`, "POST", "str",
			with(nodeFetchDefaults, "Content-Type", "text/plain;charset=UTF-8", "Content-Length", "3")},
		{"URLSearchParams are urlencoded", "2.7.0", `nodeFetch(u, {method: 'POST', body: new URLSearchParams('a=b+c')})`, "POST", "a=b+c",
			with(nodeFetchDefaults, "Content-Type", "application/x-www-form-urlencoded;charset=UTF-8", "Content-Length", "5")},
		{"a body-less PATCH gets Node's zero length", "2.7.0", `nodeFetch(u, {method: 'patch'})`, "PATCH", "", with(nodeFetchDefaults, "Content-Length", "0")},
		{"a body-less delete has none", "2.7.0", `nodeFetch(u, {method: 'DELETE'})`, "DELETE", "", nodeFetchDefaults},
		{"an array value is joined with a comma", "2.7.0", `nodeFetch(u, {headers: {'user-agent': 'mine', Accept: 'x', 'X-Arr': ['1', '2']}})`, "GET", "",
			with(nodeFetchDefaults, "User-Agent", "mine", "Accept", "x", "X-Arr", "1,2")},
		{"appended values are separate lines", "2.7.0", `nodeFetch(u, {headers: new nodeFetch.Headers([['X-A', '1'], ['x-a', '2']])})`, "GET", "",
			with(nodeFetchDefaults, "X-A", "1")},
		{"compress false asks for no encoding", "2.7.0", `nodeFetch(u, {compress: false})`, "GET", "", with(nodeFetchDefaults, "Accept-Encoding", "")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, tc.version)
			env.Run(t, fakeURLSearchParams+`; var u = 'https://api.test/p?x=1';`)
			out := settle(t, env, tc.call+`.then(r => r.status)`)
			require.Equal(t, 200.0, out["ok"], out)
			got := srv.Only(t)
			if tc.name == "appended values are separate lines" {
				tc.header["X-A"] = []string{"1", "2"}
			}
			assert.Equal(t, tc.method, got.Method)
			assert.Equal(t, "/p?x=1", got.URL)
			assert.Equal(t, tc.body, got.Body)
			assert.Equal(t, tc.header, got.Header)
		})
	}
}

func TestNodeFetch263LosesTheQueryAsThatReleaseDid(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.6.3")
	out := settle(t, env, `nodeFetch('https://api.test/p?x=1').then(r => r.url)`)
	assert.Equal(t, "https://api.test/p?x=1", out["ok"])
	assert.Equal(t, "/p", srv.Only(t).URL)
}

func TestFormDataIsSentAsUndiciEncodesIt(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "")
	settle(t, env, `(() => { const fd = new FormData(); fd.append('a', 'b'); fd.append('c', 'd e\nf'); fd.append('q"n', 'x');
		return fetch('https://api.test/f', {method: 'POST', body: fd}); })()`)
	got := srv.Only(t)
	ct := got.Header.Get("Content-Type")
	require.Regexp(t, `^multipart/form-data; boundary=----formdata-undici-0\d{11}$`, ct)
	boundary := ct[len("multipart/form-data; boundary="):]
	want := "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n" +
		"--" + boundary + "\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\nd e\r\nf\r\n" +
		"--" + boundary + "\r\nContent-Disposition: form-data; name=\"q%22n\"\r\n\r\nx\r\n" +
		"--" + boundary + "--\r\n"
	assert.Equal(t, want, got.Body)
	assert.Equal(t, []string{"296"}, got.Header["Content-Length"])
}

func TestTheWireCarriesWhatNodeSendsOverARealConnection(t *testing.T) {
	t.Parallel()
	env, srv, base := newLoopbackEnv(t, "2.6.12")
	out := settle(t, env, `Promise.all([
		fetch('`+base+`/u', {method: 'OPTIONS'}).then(r => r.status),
		nodeFetch('`+base+`/n', {method: 'PURGE'}).then(r => [r.status, r.headers.get('connection')]),
	])`)
	require.Equal(t, []any{200.0, []any{200.0, "close"}}, out["ok"])
	for _, got := range srv.Requests() {
		switch got.URL {
		case "/u":
			assert.Empty(t, got.Header.Values("Content-Length"), "undici sends no length for a body-less OPTIONS")
		case "/n":
			assert.Equal(t, []string{"0"}, got.Header.Values("Content-Length"), "Node's http sends a zero length for PURGE")
			assert.Equal(t, []string{"close"}, got.Header.Values("Connection"))
		}
	}
}

// fakeURLSearchParams stands for WHATWG URLSearchParams, which both
// libraries recognise by name (the bare test runtime has none).
const fakeURLSearchParams = `class URLSearchParams {
	constructor(s) { this.s = s; }
	append() {} delete() {} get() {} getAll() {} has() {} set() {} sort() {}
	toString() { return this.s; }
}`
