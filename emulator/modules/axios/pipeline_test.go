package axios_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInterceptorsRunInAxiosOrderAndCanBeEjected(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "0.21.4", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, version)
			out := settle(t, env, `(() => {
				const inst = axios.create(), log = [];
				inst.interceptors.request.use(c => { log.push('req1'); c.headers['X-One'] = '1'; return c; });
				const id = inst.interceptors.request.use(c => { log.push('req2'); c.headers['X-Two'] = '2'; return c; });
				inst.interceptors.request.use(c => { log.push('req3'); return c; });
				inst.interceptors.request.eject(id);
				inst.interceptors.response.use(r => { log.push('res1'); r.data = {wrapped: r.data}; return r; }, e => Promise.reject(e));
				inst.interceptors.response.use(r => { log.push('res2'); return r; });
				return inst.get('https://api.test/i').then(r => ({log, id, data: r.data}));
			})()`)
			assert.Equal(t, map[string]any{"log": []any{"req3", "req1", "res1", "res2"}, "id": 1.0,
				"data": map[string]any{"wrapped": map[string]any{"ok": true}}}, out["ok"])
			got := srv.Only(t)
			assert.Equal(t, "1", got.Header.Get("X-One"))
			assert.Empty(t, got.Header.Get("X-Two"))
		})
	}
}

func TestAResponseInterceptorCanTurnAnErrorIntoAResult(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "0.19.2")
	out := settle(t, env, `(() => { const inst = axios.create();
		inst.interceptors.response.use(null, e => ({recovered: e.response.status}));
		return inst.get('https://api.test/x?status=503'); })()`)
	assert.Equal(t, map[string]any{"recovered": 503.0}, out["ok"])
}

func TestARequestInterceptorThatThrowsSkipsTheRequest(t *testing.T) {
	t.Parallel()
	// The last interceptor added runs first, so a rejected handler only
	// sees the errors of interceptors added after it.
	for _, tc := range []struct{ name, setup, want string }{
		{"the error reaches the caller past interceptors that ran before",
			`inst.interceptors.request.use(() => { throw new Error('stop'); });
			inst.interceptors.request.use(c => c, e => Promise.reject(new Error('handled: ' + e.message)));`, "stop"},
		{"a rejected handler added before it handles the error",
			`inst.interceptors.request.use(c => c, e => Promise.reject(new Error('handled: ' + e.message)));
			inst.interceptors.request.use(() => { throw new Error('stop'); });`, "handled: stop"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, version := range []string{"0.19.2", "1.13.6"} {
				env, srv := newEnv(t, version)
				withDescribe(t, env)
				out := settle(t, env, `(() => { const inst = axios.create();`+tc.setup+`
					return inst.get('https://api.test/never'); })()`)
				assert.Equal(t, tc.want, out["error"].(map[string]any)["message"], version)
				assert.Empty(t, srv.Requests(), version)
			}
		})
	}
}

func TestSynchronousInterceptorsAndRunWhenFrom0212(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "0.21.4")
	_, err := env.Await(`(() => { const inst = axios.create();
		inst.interceptors.request.use(c => { c.headers['X-Sync'] = 'yes'; return c; }, null, {synchronous: true});
		inst.interceptors.request.use(c => { c.headers['X-Never'] = 'yes'; return c; }, null, {synchronous: true, runWhen: () => false});
		return inst.get('https://api.test/s'); })()`)
	require.NoError(t, err)
	got := srv.Only(t)
	assert.Equal(t, "yes", got.Header.Get("X-Sync"))
	assert.Empty(t, got.Header.Get("X-Never"))
}

func TestTheResponseHasAxiosShape(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, version)
			out := settle(t, env, `axios.post('https://api.test/r?status=201', {a: 1}).then(r => ({
				keys: Object.keys(r), status: r.status, statusText: r.statusText, data: r.data,
				contentType: r.headers['content-type'], request: [r.request.method, r.request.path, r.request.host],
				configMethod: r.config.method}))`)
			assert.Equal(t, map[string]any{
				"keys": []any{"status", "statusText", "headers", "config", "request", "data"}, "status": 201.0,
				"statusText": "Created", "data": map[string]any{"ok": true}, "contentType": "application/json",
				"request": []any{"POST", "/r?status=201", "api.test"}, "configMethod": "post",
			}, out["ok"])
		})
	}
}

func TestResponseHeadersAreAxiosHeadersIn1x(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "1.13.6")
	out := settle(t, env, `axios.get('https://api.test/h?ct=text/plain').then(r => [
		r.headers.get('Content-Type'), r.headers.has('content-type'), r.headers.getContentType(),
		String(r.headers.constructor.name), JSON.parse(JSON.stringify(r.headers))['content-type'],
		r.config.headers.get('user-agent')])`)
	assert.Equal(t, []any{"text/plain", true, "text/plain", "AxiosHeaders", "text/plain", "axios/1.13.6"}, out["ok"])
}

func TestResponseDataIsParsedPerReleaseRules(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, version, call string
		want                any
	}{
		{"JSON parses", "0.19.2", `axios.get('https://api.test/t?body=%7B%22a%22%3A1%7D')`, map[string]any{"a": 1.0}},
		{"text that is not JSON stays a string", "0.19.2", `axios.get('https://api.test/t?body=hello&ct=text/plain')`, "hello"},
		{"an empty body is an empty string", "1.13.6", `axios.get('https://api.test/t?body=&ct=text/plain')`, ""},
		{"0.x parses even when text was asked for", "0.19.2", `axios.get('https://api.test/t?body=123', {responseType: 'text'})`, 123.0},
		{"1.x keeps text when text was asked for", "1.13.6", `axios.get('https://api.test/t?body=123', {responseType: 'text'})`, "123"},
		{"1.x parses a JSON string value", "1.13.6", `axios.get('https://api.test/t?body=%22str%22', {responseType: 'json'})`, "str"},
		{"a BOM is stripped from 0.20", "0.20.0", `axios.get('https://api.test/t?body=%EF%BB%BF%7B%22a%22%3A1%7D')`, map[string]any{"a": 1.0}},
		{"a BOM spoils JSON in 0.19", "0.19.2", `axios.get('https://api.test/t?body=%EF%BB%BF1')`, "\ufeff1"},
		{"custom transforms replace the default", "1.13.6", `axios.get('https://api.test/t', {transformResponse: [d => 'got:' + d]})`, `got:{"ok":true}`},
		{"arraybuffer gives the bytes", "1.13.6", `axios.get('https://api.test/t?body=hi', {responseType: 'arraybuffer'}).then(r => ({data: Array.from(r.data)}))`, []any{104.0, 105.0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			out := settle(t, env, tc.call+`.then(r => r.data === undefined ? r : r)`)
			got := out["ok"].(map[string]any)
			if d, ok := got["data"]; ok {
				assert.Equal(t, tc.want, d)
			} else {
				t.Fatalf("no data in %v", got)
			}
		})
	}
}

func TestGzipResponsesAreDecompressed(t *testing.T) {
	t.Parallel()
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	_, _ = zw.Write([]byte(`{"zipped":true}`))
	require.NoError(t, zw.Close())
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(zipped.Bytes())
	})
	for _, version := range []string{"0.19.2", "1.13.6"} {
		env := modtest.New(t, modtest.HandlerTransport(handler))
		env.Require(t, axios.Module(), version, "axios")
		out := settle(t, env, `axios.get('https://api.test/z').then(r => [r.data, r.headers['content-encoding'] === undefined])`)
		assert.Equal(t, []any{map[string]any{"zipped": true}, true}, out["ok"], version)
		out = settle(t, env, `axios.get('https://api.test/z', {decompress: false}).then(r => r.headers['content-encoding'])`)
		assert.Equal(t, "gzip", out["ok"], version)
	}
}

func TestRedirectsAreFollowedAsFollowRedirectsDoes(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "1.13.6")
	out := settle(t, env, `axios.post('https://api.test/r?status=302&loc=/landed', {a: 1}).then(r => [r.status, r.request.method, r.request.path])`)
	assert.Equal(t, []any{200.0, "GET", "/landed"}, out["ok"])
	got := srv.Requests()
	require.Len(t, got, 2)
	assert.Equal(t, "POST", got[0].Method)
	assert.Equal(t, "GET", got[1].Method)
	assert.Empty(t, got[1].Body)
	assert.Empty(t, got[1].Header.Get("Content-Type"))

	env, srv = newEnv(t, "1.13.6")
	withDescribe(t, env)
	out = settle(t, env, `axios.get('https://api.test/r?status=301&loc=/landed', {maxRedirects: 0})`)
	assert.Equal(t, 301.0, out["error"].(map[string]any)["response"].(map[string]any)["status"])
	assert.Len(t, srv.Requests(), 1)
}

func TestCancelTokensCancelInFlightAndBefore(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ version, name string }{
		{"0.19.2", "undefined"}, {"0.27.2", "CanceledError"}, {"1.13.6", "CanceledError"},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, srv, base := newLoopbackEnv(t, tc.version)
			v, err := env.Await(`(() => { const source = axios.CancelToken.source();
				const p = axios.get('` + base + `/x?delay=300000', {cancelToken: source.token});
				setTimeout(() => source.cancel('stop it'), 20);
				return p.then(() => 'resolved', e => JSON.stringify([axios.isCancel(e), e.message, String(e.name)])); })()`)
			require.NoError(t, err)
			assert.Equal(t, jsonOf(t, []any{true, "stop it", tc.name}), v.String())

			v, err = env.Await(`(() => { const source = axios.CancelToken.source(); source.cancel('early');
				return axios.get('` + base + `/never', {cancelToken: source.token})
					.then(() => 'resolved', e => JSON.stringify([axios.isCancel(e), e.message, String(e.name)])); })()`)
			require.NoError(t, err)
			assert.Equal(t, jsonOf(t, []any{true, "early", tc.name}), v.String())
			for _, r := range srv.Requests() {
				assert.NotEqual(t, "/never", r.URL)
			}
		})
	}
}

func TestAllAndSpread(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "0.19.2")
	out := settle(t, env, `axios.all([axios.get('https://api.test/a1'), axios.get('https://api.test/a2')])
		.then(axios.spread((a, b) => [a.status, b.request.path]))`)
	assert.Equal(t, []any{200.0, "/a2"}, out["ok"])
}

func TestResponseBodiesAreReadWhole(t *testing.T) {
	t.Parallel()
	big := bytes.Repeat([]byte("x"), 1<<16)
	env := modtest.New(t, modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(w, bytes.NewReader(big))
	})))
	env.Require(t, axios.Module(), "1.13.6", "axios")
	out := settle(t, env, `axios.get('https://api.test/big').then(r => r.data.length)`)
	assert.Equal(t, float64(len(big)), out["ok"])
}
