package http_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
)

func TestFailedExchangesGiveNodesNetErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		transport modtest.Failing
		url       string
		want      map[string]any
	}{
		{"a host nobody serves is getaddrinfo ENOTFOUND", modtest.NoDNS, "https://blocked.test/x", map[string]any{
			"name": "Error", "message": "getaddrinfo ENOTFOUND blocked.test", "code": "ENOTFOUND",
			"errno": -3008.0, "syscall": "getaddrinfo", "hostname": "blocked.test"}},
		{"a closed port is connect ECONNREFUSED", modtest.Refused, "http://127.0.0.1:1/", map[string]any{
			"name": "Error", "message": "connect ECONNREFUSED 127.0.0.1:1", "code": "ECONNREFUSED",
			"errno": -111.0, "syscall": "connect", "address": "127.0.0.1", "port": 1.0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tc.transport)
			got := settle(t, env, `const ev = []; const url = '`+tc.url+`'; const r = (url.startsWith('https') ? https : http).request(url);
				r.on('error', (e) => ev.push(e)); r.on('close', () => reject(ev[0])); r.end();`)
			assert.Equal(t, map[string]any{"error": tc.want}, got)
		})
	}
}

func TestBadArgumentsThrowNodesErrors(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js, code, message string }{
		{"https to http.request", `http.request('https://x.test/')`, "ERR_INVALID_PROTOCOL", `Protocol "https:" not supported. Expected "http:"`},
		{"http to https.request", `https.request('http://x.test/')`, "ERR_INVALID_PROTOCOL", `Protocol "http:" not supported. Expected "https:"`},
		{"a method that is no token", `http.request({host: 'x.test', method: 'BAD METHOD'})`, "ERR_INVALID_HTTP_TOKEN", `Method must be a valid HTTP token ["BAD METHOD"]`},
		{"a method that is no string", `http.request({host: 'x.test', method: 5})`, "ERR_INVALID_ARG_TYPE", `The "options.method" property must be of type string. Received type number (5)`},
		{"a path with a space", `http.request({host: 'x.test', path: '/a b'})`, "ERR_UNESCAPED_CHARACTERS", "Request path contains unescaped characters"},
		{"a header value with a newline", `http.request({host: 'x.test', headers: {x: 'a\nb'}})`, "ERR_INVALID_CHAR", `Invalid character in header content ["x"]`},
		{"an agent that is no agent", `http.request({host: 'x.test', agent: 5})`, "ERR_INVALID_ARG_TYPE", `The "options.agent" property must be one of Agent-like Object, undefined, or false. Received type number (5)`},
		{"a header name with a space", `http.validateHeaderName('bad name')`, "ERR_INVALID_HTTP_TOKEN", `Header name must be a valid HTTP token ["bad name"]`},
		{"an undefined header value", `http.validateHeaderValue('x', undefined)`, "ERR_HTTP_INVALID_HEADER_VALUE", `Invalid value "undefined" for header "x"`},
		{"a chunk that is a number", `const r = http.request({host: 'x.test'}); r.on('error', () => {}); r.write(5)`, "ERR_INVALID_ARG_TYPE", `The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (5)`},
		{"a timeout that is a string", `const r = http.request({host: 'x.test'}); r.on('error', () => {}); r.setTimeout('a')`, "ERR_INVALID_ARG_TYPE", `The "msecs" argument must be of type number. Received type string ('a')`},
		{"a header set after end", `const r = http.request({host: 'x.test'}); r.on('error', () => {}); r.end(); r.setHeader('a', 'b')`, "ERR_HTTP_HEADERS_SENT", "Cannot set headers after they are sent to the client"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, modtest.NoDNS)
			got := settle(t, env, `try { `+tc.js+`; resolve('no throw') } catch (e) { resolve([e.code, e.message, String(e).startsWith(e.name + ' [' + e.code + ']')]) }`)
			assert.Equal(t, map[string]any{"ok": []any{tc.code, tc.message, true}}, got)
		})
	}
}

func TestAWriteAfterEndIsAnErrorEvent(t *testing.T) {
	t.Parallel()
	env := newEnv(t, modtest.NoDNS)
	got := settle(t, env, `const r = http.request({host: 'x.test'}); const codes = [];
		r.on('error', (e) => codes.push(e.code)); r.on('close', () => resolve(codes));
		r.end(); r.write('late');`)
	assert.Equal(t, map[string]any{"ok": []any{"ERR_STREAM_WRITE_AFTER_END", "ENOTFOUND"}}, got)
}
