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
