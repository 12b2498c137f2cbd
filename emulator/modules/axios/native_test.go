package axios_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The native path (native.go) must do exactly what axios.js does. Each
// scenario below runs in every emulated release twice, natively and with
// every call forced through axios.js, and what the hook sees (the
// response or error, with its config and request, shape and values) and
// what the server receives must be the same.

type scenario struct {
	name string
	// setup runs first; js is the call, an expression of a promise. u is
	// the server's URL, https://api.test.
	setup, js string
	// native says the native path takes the call, start to finish: the
	// module must not have run axios.js when the promise settles.
	native bool
	// noDNS fails every request as for an unknown host.
	noDNS bool
	// gzip answers with a gzipped body.
	gzip bool
	// only limits the scenario to releases with this prefix.
	only string
}

var scenarios = []scenario{
	{name: "the 8x8 guide's call", native: true, js: `axios.create({
		baseURL: u + '/api/v1/', headers: {Authorization: 'Bearer k', 'Accept': 'application/json', 'Content-Type': 'application/json'},
	})({method: 'post', url: 'subaccounts/acme/messages', data: {encoding: 'AUTO', destination: '+18085555555', text: 'Your code is 1234'}})`},
	{name: "configs and headers of more keys than a merge builds on its stack", native: true, js: `(() => {
		const many = {}, hs = {};
		for (let i = 30; i >= 0; i--) { many['k' + i] = i; hs['X-H' + i] = 'v' + i; }
		many[7] = 'seven'; many[2] = 'two'; hs[5] = 'five';
		return axios.create(Object.assign({headers: hs}, many))(Object.assign({}, many,
			{url: u + '/many', method: 'post', data: many, headers: Object.assign({}, hs, {'X-Call': 'c'})}));
	})()`},
	{name: "post of an object", native: true, js: `axios.post(u + '/x', {a: 1, s: 'é', n: null, nested: {b: [1, 'two', {c: true}]}})`},
	{name: "post of an array", native: true, js: `axios.post(u + '/x', [1, 'two'])`},
	{name: "post of a string", native: true, js: `axios.post(u + '/x', 'To=%2B1&Body=hi')`},
	{name: "post of an empty string", native: true, js: `axios.post(u + '/x', '')`},
	{name: "post of null", native: true, js: `axios.post(u + '/x', null)`},
	{name: "post of nothing", native: true, js: `axios.post(u + '/x')`},
	{name: "put and patch", native: true, js: `axios.put(u + '/x', {a: 1}).then(() => axios.patch(u + '/y', 'z'))`},
	{name: "get, delete, head, options", native: true, js: `Promise.all([axios.get(u + '/g'), axios.delete(u + '/d'), axios.head(u + '/h'), axios.options(u + '/o')])
		.then(rs => rs[3])`},
	{name: "a get with data in its config", native: true, js: `axios.get(u + '/g', {data: {q: 1}})`},
	{name: "axios(config)", native: true, js: `axios({url: u + '/c', method: 'POST', data: {x: 1}})`},
	{name: "axios(url, config) sets config.url", native: true, js: `(() => { const c = {method: 'put', data: 'z'};
		return axios(u + '/c', c).then(r => { r.data = c; return r; }); })()`},
	{name: "axios(url)", native: true, js: `axios(u + '/c')`},
	{name: "request(config)", native: true, js: `axios.request({url: u + '/c', method: 'delete'})`},
	{name: "an instance's default method", native: true, js: `axios.create({method: 'post'})({url: u + '/c'})`},
	{name: "nested instances", native: true, only: "1.", js: `axios.create({headers: {'X-A': 'a'}}).create({headers: {'X-B': 'b'}}).get(u + '/n')`},
	{name: "params", native: true, js: `axios.get(u + '/p?pre=1#frag', {params: {a: 'x y', c: null, d: undefined, i: 'a@b:c$d,e[f]/g?h&i=j+k', j: true, k: 0, ' t ': 1}})`},
	{name: "instance params with call params", native: true, js: `axios.create({params: {key: 'k'}}).get(u + '/pm', {params: {q: 1}})`},
	{name: "params of an array", js: `axios.get(u + '/p', {params: {b: [1, 2]}})`},
	{name: "a params serializer", js: `axios.get(u + '/ps', {params: {a: 1}, paramsSerializer: p => 'custom=' + p.a})`},
	{name: "headers of every kind", native: true, js: `axios.post(u + '/h', {a: 1}, {headers: {'X-Num': 42, 'X-Bool': false, 'X-Null': null, 'x-lower': 'l', 'X-LOWER': 'L'}})`},
	{name: "a header of an object with its own toString", js: `axios.get(u + '/h', {headers: {'X-Obj': {toString() { return 'mine'; }}, 'X-Empty': {}}})`},
	{name: "an undefined header", js: `axios.get(u + '/u', {headers: {'X-Undef': undefined}})`},
	{name: "an array header", native: true, only: "1.", js: `axios.get(u + '/a', {headers: {'X-Multi': ['a', 'b']}})`},
	{name: "headers by method and common", native: true, js: `axios.create({headers: {common: {'X-Common': 'c'}, post: {'X-Post': 'p'}, get: {'X-Get': 'g'}, 'X-Inst': 'i'}})
		.post(u + '/hm', {a: 1}, {headers: {'x-call': 'call', authorization: 'Bearer call'}})`},
	{name: "a JSON string with a JSON content type", native: true, js: `axios.post(u + '/j', ' {"a":1} ', {headers: {'Content-Type': 'application/json'}})`},
	{name: "a plain string with a JSON content type", native: true, js: `axios.post(u + '/j', 'hi', {headers: {'content-type': 'application/json'}})`},
	{name: "null with a JSON content type", native: true, js: `axios.post(u + '/j', null, {headers: {'Content-Type': 'application/json'}})`},
	{name: "an object with a text content type", native: true, js: `axios.post(u + '/t', {a: 1}, {headers: {'Content-Type': 'text/plain'}})`},
	{name: "an object with a form content type", js: `axios.post(u + '/f', {a: 'x y', b: 2}, {headers: {'Content-Type': 'application/x-www-form-urlencoded'}})`},
	{name: "URLSearchParams", setup: fakeURLSearchParams, js: `axios.post(u + '/s', new URLSearchParams('To=%2B1808&Body=a+b'))`},
	{name: "a number body", js: `axios.post(u + '/n', 42)`},
	{name: "basic auth", native: true, js: `axios.get(u + '/au', {auth: {username: 'ACxx', password: 'tök'}, headers: {Authorization: 'Bearer x', authorization: 'lower'}})`},
	{name: "basic auth without a password", native: true, js: `axios.get(u + '/au', {auth: {username: 'u'}})`},
	{name: "user info in the URL", js: `axios.get('https://user:pa%20ss@api.test/x')`},
	{name: "a user agent of the caller", native: true, js: `axios.get(u + '/ua', {headers: {'user-agent': 'mine/1'}})`},
	{name: "an empty user agent", native: true, js: `axios.get(u + '/ua', {headers: {'User-Agent': ''}})`},
	{name: "a null user agent", native: true, js: `axios.get(u + '/ua', {headers: {'user-agent': null}})`},
	{name: "a content length of the caller", native: true, js: `axios.post(u + '/cl', {a: 1}, {headers: {'content-length': 7}})`},
	{name: "a base URL and a path", native: true, js: `axios.create({baseURL: u + '/api/v1'}).get('/messages?x=1')`},
	{name: "a base URL with slashes", native: true, js: `axios.create({baseURL: u + '/a////'}).get('b')`},
	{name: "a base URL and an absolute URL", native: true, js: `axios.create({baseURL: 'https://other.test/base'}).get(u + '/abs')`},
	{name: "absolute URLs not allowed", native: true, js: `axios.create({baseURL: u + '/base', allowAbsoluteUrls: false}).get('https://other.test/abs')`},
	{name: "an upper-case scheme and default port", native: true, js: `axios.get('HTTPS://API.test:443/x')`},
	{name: "a port", native: true, js: `axios.get('http://api.test:8080/x')`},
	{name: "a protocol-relative URL with a base", native: true, only: "0.", js: `axios.create({baseURL: u}).get('//api.test/pr')`},
	// 1.x's new URL() refuses it: axios.js rejects.
	{name: "a protocol-relative URL with a base, rejected", only: "1.", js: `axios.create({baseURL: u}).get('//api.test/pr')`},
	{name: "a bare '?' and params", native: true, js: `axios.get(u + '/q?', {params: {d: 4}})`},
	{name: "a bare '?'", native: true, js: `axios.get(u + '/q?#f')`},
	{name: "a path to escape", native: true, js: "axios.get(u + \"/a b/{c}|d^e`f'g\\\"<h>?q=a b'c\\\"`{}\")"},
	{name: "a relative URL", js: `axios.get('/relative')`},
	{name: "another protocol", js: `axios.get('ftp://api.test/x')`},
	{name: "a URL object", js: `axios.get({toString() { return u + '/o'; }})`},
	{name: "a numeric timeout", native: true, js: `axios.get(u + '/t', {timeout: 5000})`},
	{name: "a string timeout", js: `axios.get(u + '/t', {timeout: '5000'})`},
	{name: "a timeout of an instance", native: true, js: `axios.create({timeout: 40}).get(u + '/t', {timeout: 0})`},
	{name: "validateStatus that accepts", native: true, js: `axios.get(u + '/v?status=418', {validateStatus: s => s === 418})`},
	{name: "validateStatus null", native: true, js: `axios.get(u + '/v?status=500', {validateStatus: null})`},
	{name: "validateStatus that rejects", js: `axios.get(u + '/v?status=201', {validateStatus: s => s === 418})`},
	{name: "validateStatus that throws", js: `Promise.race([axios.get(u + '/v', {validateStatus: () => { throw new Error('vs'); }}),
		new Promise(r => setTimeout(() => r('pending'), 30))])`},
	{name: "a status error with a JSON body", js: `axios.post(u + '/e?status=401&body=%7B%22code%22%3A1200%7D', {a: 1})`},
	{name: "a server error with a text body", js: `axios.get(u + '/e?status=503&ct=text/plain&body=down')`},
	{name: "a 304", js: `axios.get(u + '/e?status=304')`},
	{name: "a redirect", js: `axios.post(u + '/r?status=302&loc=/landed', {a: 1})`},
	{name: "a redirect not followed", js: `axios.get(u + '/r?status=301&loc=/landed', {maxRedirects: 0})`},
	{name: "a redirect followed with validateStatus", js: `axios.get(u + '/r?status=307&loc=/landed', {validateStatus: () => true})`},
	{name: "a 3xx without a location", js: `axios.get(u + '/r?status=302')`},
	{name: "an unknown host", noDNS: true, js: `axios.get('https://sms.8x8.test/x')`},
	{name: "an unknown host from an instance", noDNS: true, js: `axios.create({baseURL: 'https://sms.8x8.test/'}).post('x', {a: 1})`},
	{name: "text that is not JSON", native: true, js: `axios.get(u + '/t?body=hello&ct=text/plain')`},
	{name: "an empty body", native: true, js: `axios.get(u + '/t?body=&ct=text/plain')`},
	{name: "text asked for", native: true, js: `axios.get(u + '/t?body=123', {responseType: 'text'})`},
	{name: "JSON asked for", native: true, js: `axios.get(u + '/t?body=%22str%22', {responseType: 'json'})`},
	{name: "JSON asked for but not sent", js: `axios.get(u + '/t?body=nope', {responseType: 'json'})`},
	{name: "strict JSON parsing", js: `axios.get(u + '/t?body=nope', {responseType: 'json', transitional: {silentJSONParsing: false}})`},
	{name: "forced JSON parsing off", native: true, js: `axios.get(u + '/t?body=%7B%7D', {transitional: {forcedJSONParsing: false}})`},
	{name: "a BOM", native: true, js: `axios.get(u + '/t?body=%EF%BB%BF%7B%22a%22%3A1%7D')`},
	{name: "arraybuffer", js: `axios.get(u + '/t?body=hi', {responseType: 'arraybuffer'}).then(r => { r.data = Array.from(r.data); return r; })`},
	{name: "custom transforms", js: `axios.get(u + '/t', {transformResponse: [d => 'got:' + d]})`},
	{name: "a gzipped body", native: true, gzip: true, js: `axios.get(u + '/z')`},
	{name: "a gzipped body not decompressed", native: true, gzip: true, js: `axios.get(u + '/z', {decompress: false}).then(r => { r.data = typeof r.data; return r; })`},
	{name: "unbounded lengths", native: true, js: `axios.post(u + '/l', {a: 1}, {maxContentLength: Infinity, maxBodyLength: Infinity})`},
	{name: "a small maxContentLength", js: `axios.get(u + '/l', {maxContentLength: 2})`},
	{name: "a small maxBodyLength", js: `axios.post(u + '/l', {a: 1}, {maxBodyLength: 2})`},
	{name: "unknown keys pass through", native: true, js: `axios.create({custom: {deep: {x: 1}}, list: [1, {a: 2}]}).get(u + '/k', {other: 'o', custom: {deep: {y: 2}}})`},
	{name: "xsrf and agents pass through", native: true, js: `axios.get(u + '/k', {xsrfCookieName: 'C', withCredentials: true, httpsAgent: new (class Agent {})(), proxy: false})`},
	{name: "data with toJSON and dates", native: true, js: `axios.post(u + '/d', {when: new Date(Date.UTC(2020, 0, 2)), o: {toJSON() { return 'custom'; }}})`},
	{name: "data that cannot be JSON", js: `axios.post(u + '/d', {big: BigInt(1)})`},
	{name: "data changed after the call", native: true, js: `(() => { const d = {a: 1}; const p = axios.post(u + '/d', d); d.b = 2; return p; })()`},
	{name: "params changed after the call", native: true, js: `(() => { const p = {a: 1}; const r = axios.get(u + '/p', {params: p}); p.b = 2; return r; })()`},
	{name: "params that turn into an array after the call", js: `(() => { const p = {a: 1}; const r = axios.get(u + '/p', {params: p}); p.b = [1]; return r; })()`},
	{name: "the module upgraded between call and dispatch", js: `(() => { const p = axios.post(u + '/x', {a: 1}); axios.defaults.headers.common['X-Later'] = 'l'; return p; })()`},
	{name: "defaults changed first", js: `(() => { axios.defaults.headers.common['X-Global'] = 'g'; axios.defaults.timeout = 1000; return axios.post(u + '/x', {a: 1}); })()`},
	{name: "an instance made before an upgrade", js: `(() => { const i = axios.create({baseURL: u, headers: {'X-I': 'i'}}); axios.defaults.headers.common['X-G'] = 'g';
		return i.post('/x', {a: 1}).then(r => { r.data = [Object.keys(i.defaults), JSON.stringify(i.defaults.headers), typeof i.interceptors.request.use]; return r; }); })()`},
	{name: "a cancel token", js: `axios.get(u + '/c', {cancelToken: axios.CancelToken.source().token})`},
	{name: "a config with a getter that throws", js: `axios.get(u + '/g', {get headers() { throw new Error('getter'); }})`},
	{name: "a config with a key of Object.prototype", js: `axios.get(u + '/k', {toString: 1})`},
	{name: "a non-plain config", js: `axios.get(u + '/k', new (class C { constructor() { this.params = {a: 1}; } })())`},
	{name: "the config of a response sent again", js: `axios.get(u + '/a').then(r => axios(r.config))`},
	{name: "an upgrade while a request is in flight", js: `(() => { const p = axios.get(u + '/x?delay=30');
		return new Promise(r => setTimeout(r, 5)).then(() => { axios.defaults.timeout = 1; return p; }); })()`},
	{name: "a URL that is not ASCII", js: `axios.get(u + '/é')`},
	{name: "params and headers that are not ASCII", native: true, js: `axios.get(u + '/p', {params: {q: 'é ü', 'ké': 1}, headers: {'X-U': 'é'}})`},
	{name: "no arguments", js: `axios()`},
	{name: "null configs", native: true, js: `axios.get(u + '/n', null).then(() => axios.post(u + '/m', {a: 1}, null))`},
	{name: "a create without a config", native: true, js: `axios.create(undefined).get(u + '/n')`},
	{name: "a numeric user name", native: true, js: `axios.get(u + '/au', {auth: {username: 12, password: 0}})`},
	{name: "a 204", native: true, js: `axios.delete(u + '/x?status=204&body=')`},
	{name: "a location on a 200", native: true, js: `axios.get(u + '/x?loc=/elsewhere')`},
	{name: "a method in capitals", native: true, js: `axios({url: u + '/m', method: 'PATCH', data: {a: 1}})`},
	{name: "a response with repeated headers", native: true, js: `axios.get(u + '/rep')`},
	{name: "a response the hook changes", js: `axios.get(u + '/x').then(r => {
		const request = r.request, headers = r.headers;
		r.extra = 1; delete r.statusText; r[2] = 'two'; r[0] = 'zero'; r.status = 201; r.config = undefined;
		return {keys: Object.keys(r), json: JSON.parse(JSON.stringify(r)), same: [r.request === request, r.headers === headers],
			own: ['statusText' in r, r.hasOwnProperty('extra'), Object.getOwnPropertyDescriptor(r, 'data').writable,
				Object.getPrototypeOf(r) === Object.prototype, Object.prototype.toString.call(r)], spread: Object.keys({...r})};
	})`},
	{name: "a response whose parts are read after an upgrade", js: `axios.get(u + '/x').then(r => {
		const s = r.status; axios.defaults.timeout = 5; return r; })`},
	{name: "a body that is not JSON, read late", native: true, js: `axios.get(u + '/x?body=not%20json').then(r => { const s = r.status;
		return new Promise(res => setTimeout(res, 1)).then(() => [s, r.data, r.data === r.data]); })`},
	{name: "a JSON body read late, twice", native: true, js: `axios.get(u + '/x').then(r =>
		new Promise(res => setTimeout(res, 1)).then(() => [r.data, r.data === r.data, (r.data.added = 1, r.data.added)]))`},
	{name: "an instance's headers changed by its first request and not its second", native: true, js: `(() => {
		const i = axios.create({headers: {'content-type': 'application/json', ACCEPT: 'x'}});
		return i.post(u + '/a', {a: 1}).then(() => i.post(u + '/b', 'plain')).then(() => i.get(u + '/c')); })()`},
	{name: "the defaults' headers given a content type by one request and not the next", native: true, js: `axios.post(u + '/a', {a: 1})
		.then(() => axios.post(u + '/b', 'plain')).then(() => axios.create().put(u + '/c', 'text'))`},
	{name: "every member is a function", js: `(() => { const i = axios.create(); return i.get(u + '/f').then(r => { r.data = [typeof axios, typeof i, axios.name, i.name, axios.post.name,
		axios.default === axios, 'post' in axios, Object.keys(axios).length > 5]; return r; }); })()`},
}

const snapshotJS = `
function plainOf(o, depth) {
	if (typeof o === 'function') return '[Function ' + o.name + ']';
	if (o === undefined) return '<undefined>';
	if (typeof o === 'bigint' || typeof o === 'symbol') return String(o);
	if (o === null || typeof o !== 'object') return o;
	if (depth > 5) return '<deep>';
	var proto = Object.getPrototypeOf(o);
	var out = {__ctor: proto && proto.constructor ? proto.constructor.name : null, __keys: Object.keys(o)};
	Object.keys(o).forEach(function (k) { out[k] = plainOf(o[k], depth + 1); });
	return out;
}
function snap(r) {
	if (!r || typeof r !== 'object' || !('config' in r)) return {value: plainOf(r, 0)};
	return {keys: Object.keys(r), status: r.status, statusText: r.statusText, headers: plainOf(r.headers, 0),
		data: plainOf(r.data, 0), config: plainOf(r.config, 0), request: plainOf(r.request, 0)};
}
function snapErr(e) {
	var d = describe(e);
	if (e && typeof e === 'object') {
		d.config = plainOf(e.config, 0);
		d.request = plainOf(e.request, 0);
		d.responseFull = e.response ? snap(e.response) : null;
		d.cause = e.cause ? describe(e.cause) : null;
	}
	return d;
}`

// runScenario runs sc once and returns what the hook saw, what the
// server received and whether axios.js had run when the call settled.
func runScenario(t *testing.T, version string, sc scenario, forceJS, interceptor bool) (string, []received, bool) {
	t.Helper()
	srv := &server{}
	var transport http.RoundTripper = modtest.HandlerTransport(srv)
	switch {
	case sc.noDNS:
		transport = modtest.NoDNS
	case sc.gzip:
		transport = modtest.HandlerTransport(gzipped(`{"zipped":true}`))
	case strings.Contains(sc.js, "/rep'"):
		transport = modtest.HandlerTransport(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "a=1")
			w.Header().Add("Set-Cookie", "b=2")
			w.Header().Add("X-Rep", "1")
			w.Header().Add("X-Rep", "2")
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`[1,2]`))
		}))
	}
	env := modtest.New(t, transport)
	upgraded := func() bool { return true }
	var m modules.Module
	if forceJS {
		m = axios.ModuleForcingJS()
	} else {
		m = axios.ModuleWithProbe(&upgraded)
	}
	env.Require(t, m, version, "axios")
	require.NoError(t, env.RT.Set("upgraded", func() bool { return upgraded() }))
	opts := util.DefaultOptions()
	opts.Depth = 4
	require.NoError(t, env.RT.Set("inspect", func(v goja.Value) string { return util.InspectWith(env.RT, v, opts) }))
	_, err := env.RT.RunString(describeJS + snapshotJS + "; var u = 'https://api.test';" + sc.setup)
	require.NoError(t, err)
	if interceptor {
		_, err := env.RT.RunString(`axios.interceptors.request.use(c => c)`)
		require.NoError(t, err)
	}
	v, err := env.Await(`Promise.resolve().then(() => ` + sc.js + `).then(
		r => { var up = upgraded(); var seen = inspect(r); return JSON.stringify({inspected: seen, ok: snap(r)}) + '\n' + up; },
		e => { var up = upgraded(); var seen = inspect(e).split('\n').filter(l => !/^\s+at /.test(l)).join('\n');
			return JSON.stringify({inspected: seen, error: snapErr(e)}) + '\n' + up; })`)
	require.NoError(t, err, sc.name)
	out, up, _ := strings.Cut(v.String(), "\n")
	return out, srv.Requests(), up == "true"
}

func gzipped(body string) http.Handler {
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	_, _ = zw.Write([]byte(body))
	_ = zw.Close()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(zipped.Bytes())
	})
}

// long is -long: compare the native path with axios.js in every release
// (or, under the race detector, raceVersions), as CI does. Without it, and
// outside CI, a few releases stand for the rest and the comparison takes a
// fraction of the time. Run it as go test ./emulator/modules/axios -long.
var long = flag.Bool("long", false, "compare the native path with axios.js in every release, as CI (CI=true) does")

// raceVersions are the releases compared under the race detector, which
// makes axios.js some ten times slower: one on each side of every
// behaviour change the native path reproduces.
var raceVersions = []string{"0.19.0", "0.19.2", "0.20.0", "0.21.1", "0.21.4", "0.22.0", "0.25.0", "0.27.2", "1.2.6", "1.6.8", "1.8.4", "1.13.6"}

// quickVersions stand for the rest in a local run: a 0.19, a 0.21, the
// last 0.x and the newest 1.x, the releases the interceptor comparison
// below uses too.
var quickVersions = []string{"0.19.2", "0.21.4", "0.27.2", "1.13.6"}

// comparedVersions are the releases compared: complete in CI or with
// -long, else quickVersions.
func comparedVersions() []string {
	switch {
	case !completeComparison(*long, os.Getenv("CI")):
		return quickVersions
	case raceEnabled:
		return raceVersions
	default:
		return axios.Module().Versions
	}
}

// completeComparison says whether to compare every release: with -long,
// or where CI says it is CI (CI=true, as .ci/run is run).
func completeComparison(long bool, ci string) bool {
	isCI, _ := strconv.ParseBool(ci)
	return long || isCI
}

func TestTheComparisonIsCompleteInCIAndWithLong(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		long     bool
		ci       string
		complete bool
	}{
		{"a local run compares a few releases", false, "", false},
		{"-long compares every release", true, "", true},
		{"CI=true compares every release", false, "true", true},
		{"CI=1 compares every release", false, "1", true},
		{"CI=false is a local run", false, "false", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.complete, completeComparison(tc.long, tc.ci))
		})
	}
	for _, v := range append(slices.Clone(quickVersions), raceVersions...) {
		assert.Contains(t, axios.Module().Versions, v, "a compared release that is not emulated")
	}
	assert.Subset(t, raceVersions, quickVersions, "the quick releases are among the race detector's")
}

func TestTheNativePathDoesWhatAxiosJSDoes(t *testing.T) {
	t.Parallel()
	for _, version := range comparedVersions() {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			for _, sc := range scenarios {
				if !strings.HasPrefix(version, sc.only) {
					continue
				}
				want, wantReqs, _ := runScenario(t, version, sc, true, false)
				got, gotReqs, upgraded := runScenario(t, version, sc, false, false)
				assertSameJSON(t, want, got, sc.name)
				assertSameRequests(t, wantReqs, gotReqs, sc.name)
				if sc.native && version != "1.0.0" && version != "1.1.3" {
					assert.False(t, upgraded, "%s: the native path ran axios.js", sc.name)
				}
			}
		})
	}
}

// TestAnInterceptorGivesTheSameResultsAsTheNativePath registers an
// interceptor that changes nothing, which takes every call to axios.js.
func TestAnInterceptorGivesTheSameResultsAsTheNativePath(t *testing.T) {
	t.Parallel()
	for _, version := range quickVersions {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			for _, sc := range scenarios {
				if !sc.native || !strings.HasPrefix(sc.js, "axios.") || !strings.HasPrefix(version, sc.only) {
					continue
				}
				want, wantReqs, _ := runScenario(t, version, sc, false, true)
				got, gotReqs, _ := runScenario(t, version, sc, false, false)
				assertSameJSON(t, want, got, sc.name)
				assertSameRequests(t, wantReqs, gotReqs, sc.name)
			}
		})
	}
}

func assertSameJSON(t *testing.T, want, got, name string) {
	t.Helper()
	var w, g any
	require.NoError(t, json.Unmarshal([]byte(want), &w), want)
	require.NoError(t, json.Unmarshal([]byte(got), &g), got)
	assert.Equal(t, w, g, name)
}

// assertSameRequests compares what the server received, in any order
// (requests made together reach it in any order).
func assertSameRequests(t *testing.T, want, got []received, name string) {
	t.Helper()
	order := func(rs []received) {
		sort.Slice(rs, func(i, j int) bool { return rs[i].Method+rs[i].URL < rs[j].Method+rs[j].URL })
	}
	order(want)
	order(got)
	assert.Equal(t, want, got, "%s: requests", name)
}

// TestTimeoutsAreTheSameNatively compares a request that times out, which
// needs real time to pass.
func TestTimeoutsAreTheSameNatively(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "0.21.4", "0.26.1", "0.27.2", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			var out [2]string
			for i, m := range []modules.Module{axios.ModuleForcingJS(), axios.Module()} {
				env, _, url := modtest.NewEchoLoopback(t)
				env.Require(t, m, version, "axios")
				env.Run(t, describeJS+snapshotJS)
				v, err := env.Await(`axios.create({timeout: 40, timeoutErrorMessage: 'slow'}).get('` + url + `/x?delay=300000')
					.then(r => 'resolved', e => JSON.stringify(snapErr(e)))`)
				require.NoError(t, err)
				port := url[strings.LastIndexByte(url, ':')+1:]
				out[i] = strings.ReplaceAll(strings.ReplaceAll(v.String(), url, "URL"), `"`+port+`"`, `"PORT"`)
			}
			assertSameJSON(t, out[0], out[1], "timeout")
		})
	}
}

func TestRequireAloneRunsNoJavaScriptOfAxios(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "1.13.6"} {
		var upgraded func() bool
		env := modtest.New(t, modtest.NoDNS)
		env.Require(t, axios.ModuleWithProbe(&upgraded), version, "axios")
		_, err := env.RT.RunString(`const a = axios.default, i = axios.create({baseURL: 'https://x.test'}), g = i.get, c = axios.create;
			if (typeof a.__esModule !== 'undefined' || typeof g !== 'function' || typeof c !== 'function') throw new Error('surface')`)
		require.NoError(t, err)
		assert.False(t, upgraded(), version)
		_, err = env.RT.RunString(`axios.interceptors`)
		require.NoError(t, err)
		assert.True(t, upgraded(), version)
	}
}

func TestMembersReadBeforeAnUpgradeStayTheSame(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "0.22.0", "1.13.6"} {
		env, srv := newEnv(t, version)
		v, err := env.Await(`(() => { const post = axios.post, create = axios.create, inst = create({baseURL: 'https://api.test'}), get = inst.get;
			const keys = Object.keys(axios);
			return Promise.all([post('https://api.test/p', {a: 1}), get('/g')]).then(() => JSON.stringify([axios.post === post, axios.create === create,
				inst.get === get, keys.indexOf('post') < keys.indexOf('create'), Object.keys(inst).indexOf('get') > Object.keys(inst).indexOf('request'),
				typeof inst.defaults.headers]));
		})()`)
		require.NoError(t, err, version)
		assert.Equal(t, `[true,true,true,true,true,"object"]`, v.String(), version)
		require.Len(t, srv.Requests(), 2, version)
	}
}

func TestTheDefaultFunctionsOfAConfigAreAxiosDefaults(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "0.27.2", "1.13.6"} {
		env, _ := newEnv(t, version)
		v, err := env.Await(`axios.post('https://api.test/x', {a: 1}).then(r => {
			const c = r.config, names = [c.transformRequest[0].name, c.transformResponse[0].name, c.validateStatus.name];
			const calls = [c.validateStatus(200), c.validateStatus(500), typeof c.transformResponse[0].call(c, '{"b":2}')];
			return JSON.stringify([names, calls, c.transformRequest[0] === axios.defaults.transformRequest[0],
				c.validateStatus === axios.defaults.validateStatus, c.transformResponse[0] === axios.defaults.transformResponse[0]]);
		})`)
		require.NoError(t, err, version)
		var got []any
		require.NoError(t, json.Unmarshal([]byte(v.String()), &got))
		assert.Equal(t, []any{true, false, "object"}, got[1], version)
		assert.Equal(t, []any{true, true, true}, got[2:], version)
	}
}

func TestResponseHeadersOf1xBecomeAxiosHeadersWhenUsed(t *testing.T) {
	t.Parallel()
	var upgraded func() bool
	env := modtest.New(t, modtest.HandlerTransport(&server{}))
	env.Require(t, axios.ModuleWithProbe(&upgraded), "1.13.6", "axios")
	v, err := env.Await(`axios.get('https://api.test/h?ct=text/plain').then(r => [r.headers['content-type'], Object.keys(r.headers).join(),
		JSON.stringify(r.config.headers['User-Agent'])])`)
	require.NoError(t, err)
	assert.Equal(t, []any{"text/plain", "content-type", `"axios/1.13.6"`}, v.Export())
	assert.False(t, upgraded(), "own headers are read without axios.js")
	v, err = env.Await(`axios.get('https://api.test/h').then(r => [r.headers.get('Content-Type'), r.headers instanceof axios.AxiosHeaders,
		r.config.headers instanceof axios.AxiosHeaders, Object.prototype.toString.call(r.headers)])`)
	require.NoError(t, err)
	assert.Equal(t, []any{"application/json", true, true, "[object AxiosHeaders]"}, v.Export())
}

func TestAConfigIsAnOrdinaryObjectToTheHook(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "0.19.2")
	v, err := env.Await(`axios.get('https://api.test/x').then(r => {
		const c = r.config;
		c.extra = 1; delete c.timeout; c.url = 'changed';
		return JSON.stringify([Object.keys(c).slice(-2), 'extra' in c, 'timeout' in c, c.url, Object.getPrototypeOf(c) === Object.prototype,
			Object.prototype.toString.call(c), c.headers === c.headers, Object.assign({}, c).extra, JSON.parse(JSON.stringify(c)).url,
			c.hasOwnProperty('url'), Object.getOwnPropertyDescriptor(c, 'url').enumerable]);
	})`)
	require.NoError(t, err)
	assert.Equal(t, `[["data","extra"],true,false,"changed",true,"[object Object]",true,1,"changed",true,true]`, v.String())
}
