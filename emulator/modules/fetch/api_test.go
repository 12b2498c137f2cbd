package fetch_test

import (
	"net/http"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGlobalsShareOneStatePerRuntime(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, http.DefaultTransport)
	for _, name := range []string{"Response", "fetch", "AbortController"} {
		v, ok := fetch.Global(env, name)
		require.True(t, ok, name)
		require.NoError(t, env.RT.Set(name, v))
	}
	again, _ := fetch.Global(env, "Response")
	assert.True(t, again.SameAs(env.RT.Get("Response")), "the same class on every call")
	_, ok := fetch.Global(env, "XMLHttpRequest")
	assert.False(t, ok)

	other := modtest.New(t, http.DefaultTransport)
	theirs, _ := fetch.Global(other, "Response")
	assert.False(t, theirs.SameAs(again), "each runtime has its own")

	v, err := env.RT.RunString(`new Response('x') instanceof Response && new AbortController().signal.aborted === false`)
	require.NoError(t, err)
	assert.True(t, v.ToBoolean())
}

func TestGlobalsCoverWhatNode18GivesActions(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, http.DefaultTransport)
	globals := fetch.Globals(env)
	assert.ElementsMatch(t, fetch.GlobalNames, keys(globals))
	for _, name := range []string{"fetch", "Headers", "Request", "Response", "AbortController", "AbortSignal", "DOMException"} {
		fn, ok := goja.AssertFunction(globals[name])
		assert.True(t, ok && fn != nil, name)
	}
}

func keys(m map[string]goja.Value) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestNodeFetchExportsWhatItsReleaseExports(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version string
		keys    []any
	}{
		{"2.6.1", []any{"isRedirect", "Promise", "default", "Headers", "Request", "Response", "FetchError"}},
		{"2.7.0", []any{"isRedirect", "Promise", "default", "Headers", "Request", "Response", "FetchError", "AbortError"}},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			out := settle(t, env, `[Object.keys(nodeFetch), nodeFetch.default === nodeFetch, nodeFetch.__esModule,
				nodeFetch.isRedirect(308), nodeFetch.Promise === Promise, nodeFetch.Headers === Headers]`)
			assert.Equal(t, []any{tc.keys, true, true, true, true, false}, out["ok"])
		})
	}
}

func TestNodeFetchResolvesVersionsAsRequireWould(t *testing.T) {
	t.Parallel()
	m := fetch.Module()
	assert.Equal(t, "node-fetch", m.Name)
	for _, tc := range []struct {
		requested string
		action    bool
		want      string
	}{
		{"", false, "2.6.1"},
		{"", true, "2.7.0"},
		{"2", false, "2.7.0"},
		{"2.6", false, "2.6.13"},
		{"^2.6.1", false, "2.7.0"},
		{"2.6.7", false, "2.6.7"},
	} {
		got, err := m.Resolve(tc.requested, tc.action)
		require.NoError(t, err, tc.requested)
		assert.Equal(t, tc.want, got, tc.requested)
	}
	_, err := m.Resolve("3.3.2", true)
	assert.ErrorContains(t, err, "not emulated")
	var _ modules.Module = m
}

func TestHeadersBehaveAsUndicisDo(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "")
	out := settle(t, env, `(() => {
		const h = new Headers({'X-B': '1', a: '2', 'Set-Cookie': 'c=1'});
		h.append('x-b', ' 3 ');
		h.append('set-cookie', 'd=2');
		const seen = [];
		h.forEach((v, k, self) => seen.push(k + '=' + v + ':' + (self === h)));
		const before = [...h];
		h.delete('A');
		h.set('x-b', 'z');
		return [seen, before, [...h.keys()], h.get('X-b'), h.has('a'), h.get('nope'), h.getSetCookie(),
			Object.prototype.toString.call(h), new Headers(h).get('set-cookie')];
	})()`)
	assert.Equal(t, []any{
		[]any{"a=2:true", "set-cookie=c=1:true", "set-cookie=d=2:true", "x-b=1, 3:true"},
		[]any{[]any{"a", "2"}, []any{"set-cookie", "c=1"}, []any{"set-cookie", "d=2"}, []any{"x-b", "1, 3"}},
		[]any{"set-cookie", "set-cookie", "x-b"}, "z", false, nil, []any{"c=1", "d=2"}, "[object Headers]", "c=1, d=2",
	}, out["ok"])
}

func TestHeadersRefuseWhatUndiciRefuses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ call, message string }{
		{`new Headers({'bad name': 'x'})`, `Headers.append: "bad name" is an invalid header name.`},
		{`new Headers().get('bad name')`, `Headers.get: "bad name" is an invalid header name.`},
		{`new Headers().set('a', 'x\ny')`, "Headers.set: \"x\ny\" is an invalid header value."},
		{`new Headers('x')`, `Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.`},
		{`new Headers([['a']])`, `Headers constructor: expected name/value pair to be length 2, found 1.`},
		{`new Headers().append('a', 'é€')`, `Cannot convert argument to a ByteString because the character at index 1 has a value of 8364 which is greater than 255.`},
		{`new Headers().get()`, `Headers.get: 1 argument required, but 0 found.`},
		{`new Headers().append('a')`, `Headers.append: 2 arguments required, but only 1 found.`},
	} {
		t.Run(tc.message, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "")
			e := errorOf(t, settle(t, env, tc.call))
			assert.Equal(t, "TypeError", e["name"])
			assert.Equal(t, tc.message, e["message"])
		})
	}
}

func TestResponsesAndRequestsCanBeBuilt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call string
		want       any
	}{
		{"a Response from a string", `(async () => { const r = new Response('hello', {status: 201, statusText: 'Made', headers: {'X-Y': 'z'}});
			return [r.status, r.statusText, r.ok, r.url, r.type, [...r.headers], await r.text(), r.bodyUsed]; })()`,
			[]any{201.0, "Made", true, "", "default", []any{[]any{"content-type", "text/plain;charset=UTF-8"}, []any{"x-y", "z"}}, "hello", true}},
		{"an empty Response", `(async () => { const r = new Response(); return [r.status, r.statusText, r.body, await r.text(), r.bodyUsed]; })()`,
			[]any{200.0, "", nil, "", false}},
		{"Response.json", `(async () => { const r = Response.json({a: 1}, {status: 202}); return [r.status, r.headers.get('content-type'), await r.text()]; })()`,
			[]any{202.0, "application/json", `{"a":1}`}},
		{"Response.redirect", `(() => { const r = Response.redirect('https://x.test/y', 301); return [r.status, r.headers.get('location')]; })()`,
			[]any{301.0, "https://x.test/y"}},
		{"Response.error", `(() => { const r = Response.error(); return [r.status, r.type]; })()`, []any{0.0, "error"}},
		{"a Request", `(async () => { const r = new Request('HTTPS://API.test:443/a b?q=x y#f', {method: 'post', body: 'abc', headers: {a: 'b'}});
			return [r.method, r.url, [...r.headers], r.redirect, r.mode, r.credentials, r.signal.aborted, await r.text(), Object.prototype.toString.call(r)]; })()`,
			[]any{"POST", "https://api.test/a%20b?q=x%20y#f", []any{[]any{"a", "b"}, []any{"content-type", "text/plain;charset=UTF-8"}},
				"follow", "cors", "same-origin", false, "abc", "[object Request]"}},
		{"a node-fetch Response", `(async () => { const r = new nodeFetch.Response('hi', {status: 418}); return [r.status, r.statusText, Object.keys(r), await r.text()]; })()`,
			[]any{418.0, "I'm a Teapot", []any{"size", "timeout"}, "hi"}},
		{"a node-fetch Request", `(() => { const r = new nodeFetch.Request('https://api.test/x', {method: 'post', body: 'abc'}); return [r.method, r.url, Object.keys(r), r.follow, r.compress, r.signal]; })()`,
			[]any{"POST", "https://api.test/x", []any{"size", "timeout", "follow", "compress", "counter", "agent"}, 20.0, true, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			out := settle(t, env, tc.call)
			assert.Equal(t, tc.want, out["ok"], out)
		})
	}
}

func TestConstructorsRefuseWhatUndiciRefuses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ call, name, message string }{
		{`new Response('x', {status: 100})`, "RangeError", `init["status"] must be in the range of 200 to 599, inclusive.`},
		{`new Response('x', {status: 204})`, "TypeError", "Response constructor: Invalid response status code 204"},
		{`new Response('x', {statusText: 'a\nb'})`, "TypeError", "Invalid statusText"},
		{`Response.redirect('https://x.test/', 200)`, "RangeError", "Invalid status code 200"},
		{`Response.json(undefined)`, "TypeError", "Value is not JSON serializable"},
		{`new AbortSignal()`, "TypeError", "Illegal constructor"},
		{`AbortSignal.timeout(-1)`, "RangeError", `The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1`},
		{`AbortSignal.timeout('5')`, "TypeError", `The "delay" argument must be of type number. Received type string ('5')`},
	} {
		t.Run(tc.call, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "")
			e := errorOf(t, settle(t, env, tc.call))
			assert.Equal(t, tc.name, e["name"])
			assert.Equal(t, tc.message, e["message"])
		})
	}
}

func TestAbortSignalsBehaveAsNodesDo(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "")
	out := settle(t, env, `(() => {
		const c = new AbortController();
		const seen = [];
		c.signal.addEventListener('abort', e => seen.push(['listener', e.type, e.target === c.signal, e.isTrusted]));
		c.signal.onabort = e => seen.push(['onabort', e.type]);
		c.signal.addEventListener('abort', () => seen.push('once'), {once: true});
		c.abort();
		c.abort();
		const r = c.signal.reason;
		let thrown;
		try { c.signal.throwIfAborted(); } catch (e) { thrown = e === r; }
		const a = AbortSignal.abort('why');
		return [seen, c.signal.aborted, String(r), r.code, r instanceof DOMException, r instanceof Error, thrown,
			a.aborted, a.reason, Object.prototype.toString.call(c.signal), c.signal instanceof EventTarget];
	})()`)
	assert.Equal(t, []any{
		[]any{[]any{"listener", "abort", true, true}, []any{"onabort", "abort"}, "once"},
		true, "AbortError: This operation was aborted", 20.0, true, true, true, true, "why", "[object AbortSignal]", true,
	}, out["ok"])
}

func TestATimeoutSignalReadsAsAbortedOnceItsTimeHasPassed(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "")
	out := settle(t, env, `(async () => {
		const s = AbortSignal.timeout(300);
		const before = s.aborted;
		await new Promise(r => setTimeout(r, 400));
		return [before, s.aborted, s.reason.name, await fetch('https://api.test/x', {signal: s}).catch(e => e.message)];
	})()`)
	assert.Equal(t, []any{false, true, "TimeoutError", "The operation was aborted due to timeout"}, out["ok"])
	assert.Empty(t, srv.Requests())
}

func TestAPendingTimeoutSignalDoesNotKeepTheInvocationAlive(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "")
	_, err := env.Await(`fetch('https://api.test/x', {signal: AbortSignal.timeout(60000)}).then(r => r.status)`)
	require.NoError(t, err)
	assert.Zero(t, env.Loop.Pending())
}

func TestALowerCasePatchWarnsAsUndiciDoes(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "")
	settle(t, env, `Promise.all([fetch('https://api.test/x', {method: 'patch'}), fetch('https://api.test/x', {method: 'patch'})])`)
	assert.Equal(t, []string{"[UNDICI-FETCH-patch] Warning: Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed."},
		env.Warnings())
	assert.Equal(t, "patch", srv.Requests()[0].Method)
}
