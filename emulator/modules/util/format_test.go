package util_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
)

// The expected strings are what Node 20 prints for util.format(...args).
func TestFormatPrintsWhatNode20Prints(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"a lone string is printed as is", "['100%%']", "100%%"},
		{"%s inspects a plain object one level deep", "['%s', {a:{b:1}}]", "{ a: [Object] }"},
		{"%s inspects an array one level deep", "['%s', [1,[2]]]", "[ 1, [Array] ]"},
		{"%s uses a class's own toString", "['%s', new (class A { toString(){ return 'custom' } })()]", "custom"},
		{"%s uses an inherited custom toString", "['%s', Object.assign(Object.create({toString(){return 'proto'}}), {})]", "proto"},
		{"%s prints null and undefined as words", "['%s %s', null, undefined]", "null undefined"},
		{"%s prints a symbol", "['%s', Symbol('x')]", "Symbol(x)"},
		{"%s prints a BigInt with its suffix", "['%s', 1n]", "1n"},
		{"%s keeps negative zero", "['%s', -0]", "-0"},
		{"%s prints a date in ISO form", "['%s', new Date(0)]", "1970-01-01T00:00:00.000Z"},
		{"%s prints a function's source", "['%s', function f(){}]", "function f(){}"},
		{"%d converts a string", "['%d', '42']", "42"},
		{"%d of an object is NaN", "['%d', {}]", "NaN"},
		{"%d keeps a BigInt", "['%d', 1n]", "1n"},
		{"%i truncates", "['%i', '42.9px']", "42"},
		{"%f parses a float", "['%f', '1.5e3x']", "1500"},
		{"%j is JSON", "['%j', {a:1}]", `{"a":1}`},
		{"%j marks a cycle", "['%j', (()=>{const a={}; a.a=a; return a})()]", "[Circular]"},
		{"%j uses toJSON", "['%j', {toJSON(){return 'tj'}}]", `"tj"`},
		{"%O inspects with the default depth", "['%O', {a:{b:{c:{d:1}}}}]", "{ a: { b: { c: [Object] } } }"},
		{"%o shows hidden properties", "['%o', [1, {a: 2}]]", "[ 1, { a: 2 }, [length]: 2 ]"},
		{"%c consumes its argument", "['a%cb', 'color: red']", "ab"},
		{"%% is a percent sign when there are arguments", "['100%%', 1]", "100% 1"},
		{"a placeholder without an argument stays", "['%s %s', 'a']", "a %s"},
		{"an unknown placeholder stays", "['%x', 1]", "%x 1"},
		{"extra arguments are appended with spaces", "['a', 'b', 1, {c:2}]", "a b 1 { c: 2 }"},
		{"a first argument that is not a string is inspected", "[1, 'b']", "1 b"},
		{"a lone percent sign stays", "['%']", "%"},
		{"a trailing percent sign stays", "['%s%', 1]", "1%"},
		{"an escaped placeholder is literal", "['%%s', 1]", "%s 1"},
		{"nothing formats as an empty string", "[]", ""},
		{"a typical hook log line", "['Sending SMS to %s: %j', '+1808', {text: 'hi'}]", `Sending SMS to +1808: {"text":"hi"}`},
		{"a log line with a status and a body", "['status', 401, 'body', {code: 1200, message: 'Unauthorized'}]", "status 401 body { code: 1200, message: 'Unauthorized' }"},
		{"%s shows an error's stack", `['%s', Object.assign(new Error('e1msg'), {stack: 'Error: e1msg\n    at q (w:1:1)'})]`, `Error: e1msg
    at q (w:1:1)`},
		{"an error argument shows its stack", `['failed:', Object.assign(new Error('plain'), {stack: 'Error: plain\n    at q (w:1:1)'})]`, `failed: Error: plain
    at q (w:1:1)`},
		{"null and undefined arguments are words", "[null, undefined, 'x']", "null undefined x"},
		{"%s inspects a map one level deep", "['%s', new Map([[1, {a: 1}]])]", "Map(1) { 1 => [Object] }"},
		{"%d of hex is a number", "['%d', '0x10']", "16"},
		{"%d of a boolean is a number", "['%d', true]", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.Run(t, "util.format(..."+tt.args+")").String())
		})
	}
}

func TestFormatWithOptionsPassesThemToInspect(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	assert.Equal(t, "{ a: [Object] } x", env.Run(t, "util.formatWithOptions({depth: 0}, {a: {b: 1}}, 'x')").String())
}

func TestFormatSurvivesHostileArguments(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"a throwing toString under %s", "['%s', {toString() { throw new Error('no') }}]", "[object with a throwing toString]"},
		{"a throwing valueOf under %d", "['%d', {valueOf() { throw new Error('no') }}]", "NaN"},
		{"a throwing toJSON under %j", "['%j', {toJSON() { throw new Error('no') }}]", "[Error: no]"},
		{"a symbol under %d", "['%d', Symbol('s')]", "NaN"},
		{"a revoked proxy under %s", "['%s', (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy })()]", "<Revoked Proxy>"},
		{"a proxy with throwing traps as an argument", "['x', new Proxy({a: 1}, {get() { throw 1 }, getPrototypeOf() { throw 1 }})]", "x { a: 1 }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			args := env.Run(t, tt.args).(*goja.Object)
			var values []goja.Value
			for i := int64(0); i < args.Get("length").ToInteger(); i++ {
				values = append(values, args.Get(strconv.FormatInt(i, 10)))
			}
			assert.Equal(t, tt.want, util.Format(env.RT, values))
		})
	}
}

func TestFormatBoundsItsOutput(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	huge := env.RT.ToValue(strings.Repeat("x", 1<<20))
	got := util.Format(env.RT, []goja.Value{env.RT.ToValue("%s %s"), huge, huge})
	assert.LessOrEqual(t, len(got), util.MaxOutput+100)
	assert.Contains(t, got, "[output truncated:")
}
