package emulator_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// The global object serves goja's built-ins and Node's globals on first
// use (see installGlobals). Each route below reaches a guarded
// constructor either before anything used it (the global serves it then)
// or after (it is an own property by then): both must give the guard.
func TestEveryRouteToAGuardedBuiltinMeetsTheGuard(t *testing.T) {
	t.Parallel()
	const invalid = "RangeError: Invalid typed array length: 1099511627776"
	const failed = "RangeError: Array buffer allocation failed"
	tests := []struct{ name, expr, want string }{
		{"Reflect.get on the global object, first use", `new (Reflect.get(globalThis, 'Uint32Array'))(2**40)`, invalid},
		{"Reflect.get on the global object, after use", `(new Uint32Array(1), new (Reflect.get(globalThis, 'Uint32Array'))(2**40))`, invalid},
		{"a property descriptor's value, first use", `new (Object.getOwnPropertyDescriptor(globalThis, 'Int16Array').value)(2**40)`, invalid},
		{"a property descriptor's value, after use", `(Int16Array.name, new (Object.getOwnPropertyDescriptor(globalThis, 'Int16Array').value)(2**40))`, invalid},
		{"the global object's prototype", `new (Object.getPrototypeOf(globalThis).Uint8ClampedArray)(2**40)`, invalid},
		{"this of a sloppy function", `new ((function () { return this; })().BigInt64Array)(2**40)`, invalid},
		{"Function('return this')()", `new (Function('return this')().BigUint64Array)(2**40)`, invalid},
		{"indirect eval", `new ((0, eval)('Float32Array'))(2**40)`, invalid},
		{"a subclass", `new (class extends Float64Array {})(2**40)`, invalid},
		{"the constructor of an instance's prototype", `new (Object.getPrototypeOf(new Int8Array(1)).constructor)(2**40)`, invalid},
		{"what TextEncoder's Go code makes", `new (new TextEncoder().encode('x').constructor)(2**40)`, invalid},
		{"what Buffer's Go code makes", `new (Buffer.from('x').buffer.constructor)(2**40)`, failed},
		{"the buffer of a typed array", `new (new Uint16Array(1).buffer.constructor)(2**40)`, failed},
		{"every typed array listed by the global object's own names", `Object.getOwnPropertyNames(globalThis).filter(function (n) { return /^(Big)?(Ui|I|Flo)\w*Array$/.test(n); }).map(function (n) { try { new globalThis[n](2**40); return n; } catch (e) { return e.name; } }).join()`,
			strings.TrimSuffix(strings.Repeat("RangeError,", 11), ",")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, hookAnswer(t, tt.expr))
		})
	}
}

// A global not used yet is an own property of the global object all the
// same, as in Node (the figures are Node 20's).
func TestTheGlobalObjectBehavesAsNodes(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"globalThis, global, this and Function('return this')() are one object",
			`[globalThis === global, (function () { return this; })() === globalThis, Function('return this')() === globalThis, globalThis.globalThis === globalThis].join()`, "true,true,true,true"},
		{"it is tagged global", `Object.prototype.toString.call(globalThis)`, "[object global]"},
		{"a built-in, a Node global and a used built-in are own properties",
			`[globalThis.hasOwnProperty('WeakMap'), globalThis.hasOwnProperty('Buffer'), (Map.name, globalThis.hasOwnProperty('Map')), 'Uint8Array' in globalThis].join()`, "true,true,true,true"},
		{"a built-in not used yet is writable, configurable, not enumerable",
			`JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Set'))`, `{"writable":true,"enumerable":false,"configurable":true}`},
		{"NaN is read-only", `JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'NaN'))`, `{"value":null,"writable":false,"enumerable":false,"configurable":false}`},
		{"strict code assigns a built-in not used yet", `(function () { 'use strict'; escape = 1; return escape; })()`, "1"},
		{"strict code assigns a Node global not used yet", `(function () { 'use strict'; setImmediate = 2; return setImmediate; })()`, "2"},
		{"assigning a built-in keeps it not enumerable",
			`(globalThis.unescape = 1, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'unescape')))`, `{"value":1,"writable":true,"enumerable":false,"configurable":true}`},
		{"defining a built-in keeps the flags not given",
			`(Object.defineProperty(globalThis, 'decodeURI', {value: 1}), JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'decodeURI')))`, `{"value":1,"writable":true,"enumerable":false,"configurable":true}`},
		{"a built-in not used yet can be deleted", `[delete globalThis.WeakSet, typeof WeakSet, 'WeakSet' in globalThis].join()`, "true,undefined,false"},
		{"a used built-in can be deleted", `[typeof Proxy, delete globalThis.Proxy, typeof Proxy].join()`, "function,true,undefined"},
		{"a Node global not used yet can be deleted", `[delete globalThis.queueMicrotask, typeof queueMicrotask].join()`, "true,undefined"},
		{"a sloppy assignment makes an enumerable global",
			`((function () { implicitGlobal = 3; })(), JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'implicitGlobal')))`, `{"value":3,"writable":true,"enumerable":true,"configurable":true}`},
		{"own names list built-ins and Node globals once each",
			`(function (n) { return [n.length === new Set(n).size, n.includes('Array'), n.includes('Float32Array'), n.includes('Buffer'), n.includes('NaN')].join(); })(Object.getOwnPropertyNames(globalThis))`, "true,true,true,true,true"},
		{"a global object that takes no new properties keeps every global",
			`(Object.preventExtensions(globalThis), [typeof Map, typeof Map, typeof WeakSet, typeof Buffer, Object.isExtensible(globalThis), Object.getOwnPropertyNames(globalThis).includes('Float64Array')].join())`,
			"function,function,function,function,false,true"},
		{"a frozen global object keeps the guards", `(Object.freeze(globalThis), (function () { try { new Int32Array(2**40); } catch (e) { return e.name + ' ' + Object.isFrozen(globalThis); } })())`, "RangeError true"},
		{"a global object given another prototype keeps every global",
			`(Object.setPrototypeOf(globalThis, null), [typeof WeakMap, typeof queueMicrotask, Object.getPrototypeOf(globalThis)].join())`, "function,function,"},
		{"a global made by assignment and then redefined shows the new attributes",
			`((function () { implicitG2 = 1; })(), Object.defineProperty(globalThis, 'implicitG2', {enumerable: false}), JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'implicitG2')))`,
			`{"value":1,"writable":true,"enumerable":false,"configurable":true}`},
		{"a global made by assignment and then frozen is read-only", `(function () { g3 = 1; Object.freeze(globalThis); g3 = 2; return JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'g3')); })()`,
			`{"value":1,"writable":false,"enumerable":true,"configurable":false}`},
		{"strict code assigns a global made by assignment", `(function () { 'use strict'; globalThis.g4 = 0; for (g4 = 0; g4 < 3; g4++) {} return g4; })()`, "3"},
		{"Reflect.set with another receiver sets on the receiver", `(function (o) { Reflect.set(globalThis, 'g5', 1, o); return [o.g5, 'g5' in globalThis].join(); })({})`, "1,false"},
		{"an object inheriting from the global object gets its own property", `(function (o) { o.g7 = 1; return [o.hasOwnProperty('g7'), 'g7' in globalThis].join(); })(Object.create(globalThis))`, "true,false"},
		{"assigning a global with a setter calls the setter",
			`(Object.defineProperty(globalThis, 'g6', {set: function (v) { globalThis.g6seen = v; }, configurable: true}), (function () { g6 = 7; })(), g6seen)`, "7"},
		{"a replaced built-in stays replaced", `(Int8Array = 5, Int8Array) + ' ' + globalThis.Int8Array`, "5 5"},
		{"util.types does not take the global object for a proxy", `require('util').types.isProxy(globalThis)`, "false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, hookAnswer(t, tt.expr))
		})
	}
}

// A guarded method stands in for the original as Node shows it, and no
// Go symbol of the guard reaches a script (names are Node 20's).
func TestAGuardedMethodKeepsItsNameAndLength(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"string methods", `['x'.repeat, 'x'.padStart, 'x'.padEnd].map(function (f) { return f.name + '/' + f.length; }).join()`, "repeat/1,padStart/1,padEnd/1"},
		{"array methods", `[[].join, [].map, [].filter, [].concat, [].slice, [].splice, [].sort, [].flat, [].fill].map(function (f) { return f.name + '/' + f.length; }).join()`,
			"join/1,map/1,filter/1,concat/1,slice/2,splice/2,sort/1,flat/0,fill/1"},
		{"Array.from and JSON.parse", `[Array.from, JSON.parse].map(function (f) { return f.name + '/' + f.length; }).join()`, "from/1,parse/2"},
		{"a stack through a guarded method", `(function () { try { [1].map(function () { throw new Error('x'); }); } catch (e) { return /github\.com|func\d/.test(e.stack) ? e.stack : 'clean'; } })()`, "clean"},
		{"a guarded method called through call and apply", `[Array.prototype.map.call([1, 2], function (x) { return x * 2; }), String.prototype.repeat.apply('ab', [2])].join()`, "2,4,abab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, hookAnswer(t, tt.expr))
		})
	}
}

// hookAnswer runs handler(expr) and returns what it called back with.
func hookAnswer(t *testing.T, expr string) string {
	t.Helper()
	r := runHook(t, handler(expr))
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	var got string
	require.NoError(t, json.Unmarshal(r.Response.(json.RawMessage), &got))
	return got
}
