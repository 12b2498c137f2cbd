package fetch_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResponsesResolveForEveryStatus(t *testing.T) {
	t.Parallel()
	const shape = `.then(async r => [r.ok, r.status, r.statusText, r.url, r.redirected, r.type, [...r.headers], r.headers.get('set-cookie'), await r.text(), r.bodyUsed])`
	for _, tc := range []struct {
		name, call string
		want       []any
	}{
		{"fetch resolves a 404 as not ok", `fetch('https://api.test/a?status=404&body=x')` + shape,
			[]any{false, 404.0, "Not Found", "https://api.test/a?status=404&body=x", false, "basic",
				[]any{[]any{"content-type", "application/json"}, []any{"set-cookie", "a=1"}, []any{"set-cookie", "b=2"}}, "a=1, b=2", "x", true}},
		{"fetch resolves a 201 as ok", `fetch('https://api.test/a?status=201')` + shape,
			[]any{true, 201.0, "Created", "https://api.test/a?status=201", false, "basic",
				[]any{[]any{"content-type", "application/json"}, []any{"set-cookie", "a=1"}, []any{"set-cookie", "b=2"}}, "a=1, b=2", `{"ok":true}`, true}},
		{"node-fetch resolves a 500 and joins set-cookie", `nodeFetch('https://api.test/a?status=500')` + shape,
			[]any{false, 500.0, "Internal Server Error", "https://api.test/a?status=500", false, nil,
				[]any{[]any{"content-type", "application/json"}, []any{"set-cookie", "a=1, b=2"}}, "a=1, b=2", `{"ok":true}`, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			out := settle(t, env, tc.call)
			assert.Equal(t, tc.want, out["ok"])
		})
	}
}

func TestBodiesAreReadOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, call, message string }{
		{"undici refuses a second read", `fetch('https://api.test/a').then(async r => { await r.text(); return r.json(); })`,
			"Body is unusable: Body has already been read"},
		{"node-fetch names the URL", `nodeFetch('https://api.test/a').then(async r => { await r.json(); return r.text(); })`,
			"body used already for: https://api.test/a"},
		{"undici refuses a clone after a read", `fetch('https://api.test/a').then(async r => { await r.text(); return r.clone(); })`,
			"Response.clone: Body has already been consumed."},
		{"node-fetch refuses a clone after a read", `nodeFetch('https://api.test/a').then(async r => { await r.text(); return r.clone(); })`,
			"cannot clone body after it is used"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			e := errorOf(t, settle(t, env, tc.call))
			assert.Equal(t, tc.message, e["message"])
		})
	}
}

func TestBodyReadersGiveWhatEachLibraryGives(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call string
		want       any
	}{
		{"json parses", `fetch('https://api.test/a').then(r => r.json())`, map[string]any{"ok": true}},
		{"text decodes UTF-8 and drops a BOM", `fetch('https://api.test/a?body=%EF%BB%BFh%C3%A9%FF').then(r => r.text()).then(t => [...t].map(c => c.charCodeAt(0)))`,
			[]any{104.0, 233.0, 65533.0}},
		{"node-fetch keeps the BOM", `nodeFetch('https://api.test/a?body=%EF%BB%BFhi').then(r => r.text()).then(t => t.charCodeAt(0))`, 65279.0},
		{"arrayBuffer copies the bytes", `fetch('https://api.test/a?body=hi').then(r => r.arrayBuffer()).then(b => [b instanceof ArrayBuffer, Array.from(new Uint8Array(b))])`,
			[]any{true, []any{104.0, 105.0}}},
		{"bytes is a Uint8Array", `fetch('https://api.test/a?body=hi').then(r => r.bytes()).then(b => [b instanceof Uint8Array, b.length])`, []any{true, 2.0}},
		{"node-fetch buffer is bytes", `nodeFetch('https://api.test/a?body=hi').then(r => r.buffer()).then(b => [b instanceof Uint8Array, b.length])`, []any{true, 2.0}},
		{"a clone reads independently", `fetch('https://api.test/a?body=hi').then(async r => { const c = r.clone(); return [await r.text(), await c.text(), c.url]; })`,
			[]any{"hi", "hi", "https://api.test/a?body=hi"}},
		{"a gzipped body is decoded", `fetch('https://api.test/a?enc=gzip&body=%1F%8B%08%00%00%00%00%00%00%FF%CA%C8%04%04%00%00%FF%FF%AC%2A%93%D8%02%00%00%00').then(r => r.text())`, "hi"},
		{"node-fetch decodes gzip too", `nodeFetch('https://api.test/a?enc=gzip&body=%1F%8B%08%00%00%00%00%00%00%FF%CA%C8%04%04%00%00%FF%FF%AC%2A%93%D8%02%00%00%00').then(r => r.text())`, "hi"},
		{"a head response has no body", `fetch('https://api.test/a', {method: 'HEAD'}).then(r => [r.body, r.bodyUsed])`, []any{nil, false}},
		{"a body stream yields the bytes once", `fetch('https://api.test/a?body=hi').then(async r => { const rd = r.body.getReader(); const a = await rd.read(); const b = await rd.read(); return [Array.from(a.value), a.done, b.done, r.bodyUsed]; })`,
			[]any{[]any{104.0, 105.0}, false, true, true}},
		{"node-fetch's body emits data and end", `nodeFetch('https://api.test/a?body=hi').then(r => new Promise(done => { const out = []; r.body.on('data', d => out.push(d.length)); r.body.on('end', () => done(out)); }))`,
			[]any{2.0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			out := settle(t, env, tc.call)
			assert.Equal(t, tc.want, out["ok"], out)
		})
	}
}

// The messages are what V8 in Node 20 gives for JSON.parse of the same
// text; goja words its own differently.
func TestJSONFailuresCarryV8sMessage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, message string }{
		{"", "Unexpected end of JSON input"},
		{"   ", "Unexpected end of JSON input"},
		{"notjson", `Unexpected token 'o', "notjson" is not valid JSON`},
		{"<html><body>Error page here</body></html>", `Unexpected token '<', "<html><bod"... is not valid JSON`},
		{"Service Unavailable: the upstream server is down", `Unexpected token 'S', "Service Un"... is not valid JSON`},
		{`{"a":1}x`, "Unexpected non-whitespace character after JSON at position 7"},
		{`{"error":"bad"}garbage here and more`, "Unexpected non-whitespace character after JSON at position 15"},
		{"{a:1}", "Expected property name or '}' in JSON at position 1"},
		{`{"a" 1}`, "Expected ':' after property name in JSON at position 5"},
		{`{"a":1,}`, "Expected double-quoted property name in JSON at position 7"},
		{"[1,2,]", `Unexpected token ']', "[1,2,]" is not valid JSON`},
		{"[1 2]", "Expected ',' or ']' after array element in JSON at position 3"},
		{`{"a":1`, "Expected ',' or '}' after property value in JSON at position 6"},
		{`{"a":"x`, "Unterminated string in JSON at position 7"},
		{"tru", "Unexpected end of JSON input"},
		{"trux", `Unexpected token 'x', "trux" is not valid JSON`},
		{"-", "No number after minus sign in JSON at position 1"},
		{"1.", "Unterminated fractional number in JSON at position 2"},
		{"1e+", "Exponent part is missing a number in JSON at position 3"},
		{"01", "Unexpected number in JSON at position 1"},
		{"{\"a\":\"\x01\"}", "Bad control character in string literal in JSON at position 6"},
		{`"\x"`, "Bad escaped character in JSON at position 2"},
		{`"\u12G4"`, "Bad Unicode escape in JSON at position 5"},
		{"undefined", `"undefined" is not valid JSON`},
		{"[object Object]", `"[object Object]" is not valid JSON`},
		{`{"a":[1,{"b":}]}`, `Unexpected token '}', "{"a":[1,{"b":}]}" is not valid JSON`},
		{"0123456789012345678901234x56789", "Unexpected number in JSON at position 1"},
		{`{"aaaaaaaaaaaaaaaaaaaa": tru }`, `Unexpected token ' ', ..."aaaa": tru }" is not valid JSON`},
		{`{"aaaaaaaaaaaaaaaaaaaa": nope, "bbbbbbbbbbbbbbbb": 1}`, `Unexpected token 'o', ..."aaaaaa": nope, "bbbb"... is not valid JSON`},
	} {
		t.Run(tc.message, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.7.0")
			require.NoError(t, env.RT.Set("text", tc.text))
			e := errorOf(t, settle(t, env, `new Response(text).json()`))
			assert.Equal(t, "SyntaxError", e["name"])
			assert.Equal(t, tc.message, e["message"])
			e = errorOf(t, settle(t, env, `new nodeFetch.Response(text, {url: 'https://x.test/'}).json()`))
			assert.Equal(t, "FetchError", e["name"])
			assert.Equal(t, "invalid json response body at https://x.test/ reason: "+tc.message, e["message"])
			assert.Equal(t, "invalid-json", e["type"])
		})
	}
}
