package util_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newEnv is a runtime with util required as `util`, as an Action sees it.
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.SetAction(true)
	env.Require(t, util.Module(), "", "util")
	return env
}

// The expected strings are what Node 20 prints for the same expression.
func TestInspectPrintsWhatNode20Prints(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"a string is quoted", "'a'", "'a'"},
		{"a string with a single quote uses double quotes", `"it's"`, `"it's"`},
		{"a string with both quotes uses backticks", `'say "hi" it\'s'`, "`say \"hi\" it's`"},
		{"control characters are escaped", `'tab\there \x01 \x7f back\\slash'`, `'tab\there \x01 \x7F back\\slash'`},
		{"negative zero keeps its sign", "-0", "-0"},
		{"a large number uses exponent notation", "1e21", "1e+21"},
		{"a BigInt has its suffix", "10n", "10n"},
		{"a symbol shows its description", "Symbol('s')", "Symbol(s)"},
		{"undefined and null print as words", "[undefined, null]", "[ undefined, null ]"},
		{"a plain object fits on one line", "({a:1,b:'x'})", "{ a: 1, b: 'x' }"},
		{"an empty object is two braces", "({})", "{}"},
		{"an array has spaces inside its brackets", "[1,2,3]", "[ 1, 2, 3 ]"},
		{"objects deeper than two levels collapse", "({a:{b:{c:{d:1}}}})", "{ a: { b: { c: [Object] } } }"},
		{"arrays deeper than two levels collapse", "[[[[1]]]]", "[ [ [ [Array] ] ] ]"},
		{"keys that are not identifiers are quoted", "({'a-b':1, ok_1:2, '1a':3, 'é':4})", "{ 'a-b': 1, ok_1: 2, '1a': 3, 'é': 4 }"},
		{"a class instance is prefixed by its class", "new (class Point { constructor() { this.x = 1; this.y = 2 } })()", "Point { x: 1, y: 2 }"},
		{"an instance of an anonymous class is a plain object", "new (class {})()", "{}"},
		{"an instance of an old-style constructor is prefixed", "(()=>{ function Legacy() { this.a = 1 } return new Legacy() })()", "Legacy { a: 1 }"},
		{"a null-prototype object says so", "Object.assign(Object.create(null),{a:1})", "[Object: null prototype] { a: 1 }"},
		{"a class prints as a class", "(class Foo {})", "[class Foo]"},
		{"a derived class names its parent", "(()=>{ class Foo {}; return class Bar extends Foo {} })()", "[class Bar extends Foo]"},
		{"an anonymous function says so", "(function(){})", "[Function (anonymous)]"},
		{"a named function shows its name", "(function named(){})", "[Function: named]"},
		{"an async function shows its kind", "(async function af(){})", "[AsyncFunction: af]"},
		{"an async arrow function shows its kind", "({h: async () => {}})", "{ h: [AsyncFunction: h] }"},
		{"a generator function shows its kind", "(function* g(){})", "[GeneratorFunction: g]"},
		{"a function with properties lists them", "Object.assign(function f(){}, {a:1})", "[Function: f] { a: 1 }"},
		{"a circular reference is marked", "(()=>{const circ = {name:'c'}; circ.self = circ; circ.arr=[circ]; return circ})()", "<ref *1> { name: 'c', self: [Circular *1], arr: [ [Circular *1] ] }"},
		{"nested circular references get numbers", "(()=>{const c2 = {a:{}}; c2.a.b = c2.a; c2.a.c = c2; return c2})()", "<ref *2> { a: <ref *1> { b: [Circular *1], c: [Circular *2] } }"},
		{"a map lists its entries", "new Map([['a',1],[{b:2},[3]]])", "Map(2) { 'a' => 1, { b: 2 } => [ 3 ] }"},
		{"a set lists its values", "new Set([1,'x'])", "Set(2) { 1, 'x' }"},
		{"empty collections show their size", "[new Map(), new Set()]", "[ Map(0) {}, Set(0) {} ]"},
		{"a weak map does not show its entries", "new WeakMap()", "WeakMap { <items unknown> }"},
		{"a resolved promise shows its value", "Promise.resolve(4)", "Promise { 4 }"},
		{"a pending promise says so", "new Promise(()=>{})", "Promise { <pending> }"},
		{"a rejected promise says so", "(()=>{const p = Promise.reject(3); p.catch(()=>{}); return p})()", "Promise { <rejected> 3 }"},
		{"a date prints in ISO form", "new Date(0)", "1970-01-01T00:00:00.000Z"},
		{"an invalid date says so", "new Date(NaN)", "Invalid Date"},
		{"a regular expression prints as a literal", `/a\/b/gi`, `/a\/b/gi`},
		{"boxed primitives show their type", "[Object(1), Object('ab'), Object(true)]", "[ [Number: 1], [String: 'ab'], [Boolean: true] ]"},
		{"accessors are not called", "({get a(){return 1}, set b(v){}, get c(){return 1}, set c(v){}})", "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"},
		{"non-enumerable properties are hidden", "(()=>{ const o = {}; Object.defineProperty(o, 'hidden', {value: 1}); o.shown = 2; return o })()", "{ shown: 2 }"},
		{"symbol keys are shown in brackets", "({[Symbol('k')]: 1, [Symbol.iterator]: 2})", "{ [Symbol(k)]: 1, [Symbol(Symbol.iterator)]: 2 }"},
		{"holes in arrays are counted", "[1,,3]", "[ 1, <1 empty item>, 3 ]"},
		{"an array of holes is counted", "new Array(5)", "[ <5 empty items> ]"},
		{"extra array properties follow the elements", "Object.assign([1,2], {x:1})", "[ 1, 2, x: 1 ]"},
		{"long arrays are cut after 100 items", "Array.from({length:120},(_, i)=>i)", `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 20 more items
]`},
		{"short strings in long arrays are grouped in columns", "Array.from({length:30},(_, i)=>'s'+i)", `[
  's0',  's1',  's2',  's3',  's4',
  's5',  's6',  's7',  's8',  's9',
  's10', 's11', 's12', 's13', 's14',
  's15', 's16', 's17', 's18', 's19',
  's20', 's21', 's22', 's23', 's24',
  's25', 's26', 's27', 's28', 's29'
]`},
		{"mixed arrays are left-aligned", "[1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9, 'ten']", `[
  1, 'two',
  3, 'four',
  5, 'six',
  7, 'eight',
  9, 'ten'
]`},
		{"numbers are right-aligned", "[-1, -22, 333, -4444, 5, 6, 7, 8]", `[
     -1, -22, 333,
  -4444,   5,   6,
      7,   8
]`},
		{"a typed array shows its length", "new Uint8Array([1,2,3])", "Uint8Array(3) [ 1, 2, 3 ]"},
		{"a long typed array is cut", "new Uint8Array(200)", `Uint8Array(200) [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0,
  ... 100 more items
]`},
		{"float arrays keep negative zero", "new Float64Array([1.5, -0])", "Float64Array(2) [ 1.5, -0 ]"},
		{"an array buffer shows its bytes", "new ArrayBuffer(3)", "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }"},
		{"a data view shows its buffer", "new DataView(new ArrayBuffer(2))", `DataView {
  byteLength: 2,
  byteOffset: 0,
  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
}`},
		{"a long string value breaks the line", "({a:'x'.repeat(100)})", `{
  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
}`},
		{"a long string with newlines is split", `({s: 'x'.repeat(20) + '\n' + 'y'.repeat(100)})`, `{
  s: 'xxxxxxxxxxxxxxxxxxxx\n' +
    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
}`},
		{"many keys go on their own lines", "({aaaaaaaaaa: 1, bbbbbbbbbbbb: 2, ccccccccccccc: 3, dddddddddddd: 4, eeeeeeeeeeee: 5, ffffff: 6})", `{
  aaaaaaaaaa: 1,
  bbbbbbbbbbbb: 2,
  ccccccccccccc: 3,
  dddddddddddd: 4,
  eeeeeeeeeeee: 5,
  ffffff: 6
}`},
		{"a string nested in an object is cut after 10000 characters", "['x'.repeat(10005)].map(s => s.length)", "[ 10005 ]"},
		{"a date with properties shows both", "Object.assign(new Date(0), {a:1})", "1970-01-01T00:00:00.000Z { a: 1 }"},
		{"a map subclass shows both names", "new (class Foo extends Map {})([[1,2]])", "Foo(1) [Map] { 1 => 2 }"},
		{"an own toStringTag is a property", "({a:1, [Symbol.toStringTag]: 'own'})", "{ a: 1, [Symbol(Symbol.toStringTag)]: 'own' }"},
		{"a null-prototype array says so", "Object.setPrototypeOf([1,2], null)", "[Array(2): null prototype] [ 1, 2 ]"},
		{"an array subclass shows its length", "new (class A extends Array{})(3)", "A(3) [ <3 empty items> ]"},
		{"a boxed subclass names its class", "new (class N extends Number{})(2)", "[Number (N): 2]"},
		{"the arguments object is marked", "(function(){return arguments})(1,2)", "[Arguments] { '0': 1, '1': 2 }"},
		{"an error prints its stack and extra properties", `(()=>{const e = new Error('boom'); e.code = 'E1'; e.stack = 'Error: boom\n    at f (hook.js:1:1)\n    at g (hook.js:2:2)'; return e})()`, `Error: boom
    at f (hook.js:1:1)
    at g (hook.js:2:2) {
  code: 'E1'
}`},
		{"a nested error's stack is indented", `(()=>{const e = new Error('boom'); e.code = 'E1'; e.stack = 'Error: boom\n    at f (hook.js:1:1)\n    at g (hook.js:2:2)'; return {err: e}})()`, `{
  err: Error: boom
      at f (hook.js:1:1)
      at g (hook.js:2:2) {
    code: 'E1'
  }
}`},
		{"an error without frames is bracketed", "(()=>{const e2 = new TypeError('bad'); e2.stack = 'TypeError: bad'; return [e2, {e2}]})()", "[ [TypeError: bad], { e2: [TypeError: bad] } ]"},
		{"a subclassed error names its class", `(()=>{class MyErr extends Error {}; const e3 = new MyErr('m'); e3.stack = 'Error: m\n    at x (y.js:1:1)'; return e3})()`, `MyErr [Error]: m
    at x (y.js:1:1)`},
		{"an axios-like error shows its response", `(()=>{const e = new Error('Request failed with status code 401'); e.stack = 'Error: Request failed with status code 401\n    at a (b:1:1)'; e.response = {status: 401, data: {code: 1200, message: 'Unauthorized'}}; return e})()`, `Error: Request failed with status code 401
    at a (b:1:1) {
  response: { status: 401, data: { code: 1200, message: 'Unauthorized' } }
}`},
		{"a provider response breaks into lines", "({status: 200, statusText: 'OK', headers: {'content-type': 'application/json', 'x-request-id': 'abc-123'}, data: {umid: 'a1b2', clientMessageId: null, destination: '+18085555555', encoding: 'GSM7', status: {state: 'accepted', description: 'ACCEPTED'}}})", `{
  status: 200,
  statusText: 'OK',
  headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
  data: {
    umid: 'a1b2',
    clientMessageId: null,
    destination: '+18085555555',
    encoding: 'GSM7',
    status: { state: 'accepted', description: 'ACCEPTED' }
  }
}`},
		{"an array of small objects goes one per line", "[{a:1,b:2},{a:3,b:4},{a:5,b:6},{a:7,b:8},{a:9,b:10},{a:11,b:12},{a:13,b:14}]", `[
  { a: 1, b: 2 },
  { a: 3, b: 4 },
  { a: 5, b: 6 },
  { a: 7, b: 8 },
  { a: 9, b: 10 },
  { a: 11, b: 12 },
  { a: 13, b: 14 }
]`},
		{"a getter that would throw is not called", "({get boom() { throw new Error('no') }, ok: 1})", "{ boom: [Getter], ok: 1 }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.Run(t, "util.inspect("+tt.expr+")").String())
		})
	}
}

func TestInspectHonoursOptions(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"depth 0 collapses the first level", "util.inspect({a: {b: 1}}, {depth: 0})", "{ a: [Object] }"},
		{"depth null shows everything", "util.inspect({a: {b: {c: {d: {}}}}}, {depth: null})", "{\n  a: { b: { c: { d: {} } } }\n}"},
		{"a negative depth collapses the value itself", "util.inspect({a: 1}, {depth: -1})", "[Object]"},
		{"the legacy signature takes showHidden and depth", "util.inspect({a: {b: {c: {}}}}, false, 0)", "{ a: [Object] }"},
		{"breakLength Infinity keeps one line", "util.inspect({aaaaaaaaaa: 1, bbbbbbbbbbbb: 2, ccccccccccccc: 3, dddddddddddd: 4, eeeeeeeeeeee: 5, ffffff: 6}, {breakLength: Infinity})",
			"{ aaaaaaaaaa: 1, bbbbbbbbbbbb: 2, ccccccccccccc: 3, dddddddddddd: 4, eeeeeeeeeeee: 5, ffffff: 6 }"},
		{"compact false puts each entry on its own line", "util.inspect({a: 1}, {compact: false})", "{\n  a: 1\n}"},
		{"sorted sorts an object's entries at every level", "util.inspect({b: 1, a: {d: 1, c: 2}}, {sorted: true})", "{ a: { c: 2, d: 1 }, b: 1 }"},
		{"sorted leaves array elements in place", "util.inspect(Object.assign([3, 1], {z: 1, y: 2}), {sorted: true})", "[ 3, 1, y: 2, z: 1 ]"},
		{"maxArrayLength cuts arrays", "util.inspect([1, 2, 3], {maxArrayLength: 1})", "[ 1, ... 2 more items ]"},
		{"maxStringLength cuts strings", "util.inspect('abcdef', {maxStringLength: 2})", "'ab'... 4 more characters"},
		{"showHidden shows non-enumerable properties", "util.inspect(Object.defineProperty({}, 'h', {value: 1}), {showHidden: true})", "{ [h]: 1 }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, tt.expr).String())
		})
	}
}

func TestInspectOfGojaErrorsShowsTheirStack(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `function fail() { throw new TypeError("bad input") }
		var caught; try { fail() } catch (e) { caught = e }
		util.inspect({err: caught})`).String()
	assert.True(t, strings.HasPrefix(got, "{\n  err: TypeError: bad input\n  \tat fail ("), got)
	assert.NotContains(t, got, "[TypeError", "an error with frames is not bracketed")
}

// Inspection must never run hook code nor fail, whatever the value.
func TestInspectSurvivesHostileValues(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"a throwing getter is shown, not called", "({get a() { throw new Error('x') }})", "{ a: [Getter] }"},
		{"a proxy with throwing traps shows its target",
			"new Proxy({a: 1}, {get() { throw 1 }, ownKeys() { throw 1 }, getOwnPropertyDescriptor() { throw 1 }, getPrototypeOf() { throw 1 }})", "{ a: 1 }"},
		{"a revoked proxy says so", "(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy })()", "<Revoked Proxy>"},
		{"a proxy of a proxy shows the innermost target", "new Proxy(new Proxy([1], {}), {})", "[ 1 ]"},
		{"a getter on the prototype is not called", "new (class A { get x() { throw 1 } })()", "A {}"},
		{"a throwing toStringTag getter is ignored", "new (class B { get [Symbol.toStringTag]() { throw 1 } })()", "B {}"},
		{"a throwing error name getter is ignored",
			"Object.defineProperty(Object.assign(new Error('m'), {stack: 'Error: m\\n    at a (b:1:1)'}), 'name', {get() { throw 1 }})", "Error: m\n    at a (b:1:1)"},
		{"a huge array is cut quickly", "new Array(1e6).fill(0)", ""},
		{"a huge sparse array counts its holes", "(() => { const a = []; a[1e9] = 1; return a })()", "[ <1000000000 empty items>, 1 ]"},
		{"a self-referencing array is marked", "(() => { const a = [1]; a.push(a); return a })()", "<ref *1> [ 1, [Circular *1] ]"},
		{"a map containing itself is marked", "(() => { const m = new Map(); m.set('me', m); return m })()", "<ref *1> Map(1) { 'me' => [Circular *1] }"},
		{"a cyclic prototype-less object is marked", "(() => { const o = Object.create(null); o.o = o; return o })()", "<ref *1> [Object: null prototype] { o: [Circular *1] }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			v := env.Run(t, tt.expr)
			start := time.Now()
			got := util.Inspect(env.RT, v)
			assert.Less(t, time.Since(start), 30*time.Second, "generous: a blow-up would take far longer")
			if tt.want != "" {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

func TestInspectBoundsItsOutput(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr string }{
		{"an object with thirty thousand keys", "(() => { const o = {}; for (let i = 0; i < 3e4; i++) o['key' + i] = 'value' + i; return o })()"},
		{"a deep chain with unlimited depth", "(() => { let o = {}; for (let i = 0; i < 1e4; i++) o = {o}; return o })()"},
		{"a wide and deep tree", "(() => { let o = 'leaf'; for (let i = 0; i < 12; i++) o = [o, o, o]; return o })()"},
		{"a huge string", "'x'.repeat(1 << 20)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			v := env.Run(t, tt.expr)
			opts := util.DefaultOptions()
			opts.Depth = 1 << 30
			got := util.InspectWith(env.RT, v, opts)
			assert.LessOrEqual(t, len(got), util.MaxOutput+100)
		})
	}
}

func TestInspectForHooksPrintsAsNode12(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.Require(t, util.Module(), "", "util")
	got := env.Run(t, `const o = {f: [function () {}]}; o.self = o; util.inspect(o)`).String()
	assert.Equal(t, "{ f: [ [Function] ], self: [Circular] }", got)
}

func TestInspectAbortsWhenTheInvocationIsInterrupted(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	time.AfterFunc(50*time.Millisecond, func() { env.RT.Interrupt("time limit") })
	_, err := env.RT.RunString(`util.format('%s', {toString() { for (;;) {} }}); 'finished'`)
	var interrupted *goja.InterruptedError
	require.ErrorAs(t, err, &interrupted, "the interrupt must reach the hook's code")
}

func TestGoAPIFormatsValuesFromGo(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	rt := env.RT
	args := []goja.Value{rt.ToValue("sent %d messages to %s"), rt.ToValue(2), rt.ToValue("+1808"), env.Run(t, "({ok: true})")}
	assert.Equal(t, "sent 2 messages to +1808 { ok: true }", util.Format(rt, args))
	assert.Equal(t, "[ 1, 'two' ]", util.Inspect(rt, env.Run(t, "[1, 'two']")))
	assert.Equal(t, "", util.Format(rt, nil))
	assert.Equal(t, "undefined", util.Inspect(rt, nil))
}
