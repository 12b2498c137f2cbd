package emulator_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONStringifyIndentsAsNodeDoes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, expr, want string
	}{
		{"the payload's request after an empty object is indented one level", `JSON.stringify({a: {}, request: c.request}, null, 2)`,
			"{\n  \"a\": {},\n  \"request\": {\n    \"ip\": \"2001:db8::1\"\n  }\n}"},
		{"the user in the whole context is one level deep", `JSON.stringify(c, null, 2).split('\n').filter(function (l) { return l.indexOf('"email"') >= 0; })[0]`, `    "email": "billie@email.com",`},
		{"an empty array does not shift what follows", `JSON.stringify({a: [], b: {c: 1}}, null, 1)`, "{\n \"a\": [],\n \"b\": {\n  \"c\": 1\n }\n}"},
		{"a string gap is used as is", `JSON.stringify({a: [1]}, null, '--')`, "{\n--\"a\": [\n----1\n--]\n}"},
		{"a gap over ten is cut to ten", `JSON.stringify({a: 1}, null, 20)`, "{\n          \"a\": 1\n}"},
		{"a Number object counts as its value", `JSON.stringify({a: 1}, null, new Number(1))`, "{\n \"a\": 1\n}"},
		{"the replacer still runs", `JSON.stringify({a: 1, b: 2}, ['b'], 2)`, "{\n  \"b\": 2\n}"},
		{"toJSON still runs", `JSON.stringify({toJSON: function () { return {x: {}}; }}, null, 2)`, "{\n  \"x\": {}\n}"},
		{"no gap gives compact output", `JSON.stringify({a: {b: 1}})`, `{"a":{"b":1}}`},
		{"undefined stays undefined", `String(JSON.stringify(undefined, null, 2))`, "undefined"},
		{"a cycle is still a TypeError", `(function () { var o = {}; o.o = o; try { JSON.stringify(o, null, 2); } catch (e) { return e.name; } })()`, "TypeError"},
		{"the function looks like Node's", `JSON.stringify.name + '/' + JSON.stringify.length`, "stringify/3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, {out: `+tt.expr+`}); };`)
			require.True(t, r.OK(), "%+v", r.Error)
			var got struct{ Out string }
			require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &got))
			assert.Equal(t, tt.want, got.Out)
		})
	}
}

// The response passed to cb is written in Go when JSON.stringify would
// plainly write null, a boolean, an integer, {} or [], and by
// JSON.stringify in the runtime otherwise; both must agree with Node.
func TestTheResponseIsTheJSONNodeWouldWriteOnEitherPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, setup, value, want string
	}{
		{"an empty object is {} (Go)", ``, `{}`, `{}`},
		{"null is null (Go)", ``, `null`, `null`},
		{"a boolean is itself (Go)", ``, `false`, `false`},
		{"an integer is itself, and -0 is 0 (Go)", ``, `[-0][0]`, `0`},
		{"an empty array is [] (Go)", ``, `[]`, `[]`},
		{"an object with only hidden keys is {} (Go)", ``, `Object.defineProperty({}, 'x', {value: 1})`, `{}`},
		{"a fraction is written by JS", ``, `1.5`, `1.5`},
		{"a string is written by JS, U+2028 unescaped as Node does", ``, `'a\u2028<b>'`, "\"a\u2028<b>\""},
		{"an array with holes is nulls", ``, `new Array(2)`, `[null,null]`},
		{"a Boolean object is its value", ``, `new Boolean(false)`, `false`},
		{"an object with keys is written by JS", ``, `{b: 1, a: [true]}`, `{"b":1,"a":[true]}`},
		{"a toJSON on Object.prototype applies to {}", `Object.prototype.toJSON = function () { return 'mine'; };`, `{}`, `"mine"`},
		{"a getter runs once", `var n = 0; var o = {}; Object.defineProperty(o, 'g', {enumerable: true, get: function () { return ++n; }});`, `o`, `{"g":1}`},
		{"a Date is its ISO string", ``, `new Date(0)`, `"1970-01-01T00:00:00.000Z"`},
		{"a class instance with no keys is {}", `class A {}`, `new A()`, `{}`},
		{"a proxy of {} is asked through its traps", `var asked = []; var p = new Proxy({}, {ownKeys: function (t) { asked.push('keys'); return ['k']; }, getOwnPropertyDescriptor: function () { return {value: 1, enumerable: true, configurable: true}; }, get: function (t, k) { return k === 'k' ? asked.length : undefined; }});`, `p`, `{"k":1}`},
		{"a cycle is marked", `var c = {}; c.self = c;`, `c`, `{"self":"[Circular]"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runHook(t, `module.exports = function (r, t, c, cb) { `+tt.setup+` cb(null, `+tt.value+`); };`)
			require.Nil(t, r.Error)
			assert.JSONEq(t, tt.want, string(r.Response.(json.RawMessage)))
			assert.Equal(t, tt.want, string(r.Response.(json.RawMessage)), "byte for byte")
		})
	}
}
