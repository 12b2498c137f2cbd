package emulator

import (
	"sync"

	"github.com/dop251/goja"
)

// runHelper evaluates one of the emulator's own JS programs (compiled once
// per process) in the invocation's runtime and returns its value.
func (inv *invocation) runHelper(prog *goja.Program) goja.Value {
	v, err := inv.rt.RunProgram(prog)
	if err != nil {
		panic(err)
	}
	return v
}

// structuredCloneProgram is Node 18's structuredClone for the values
// hooks pass around: plain objects, arrays, Dates, RegExps, Maps, Sets,
// typed arrays, and cycles; functions and symbols throw DataCloneError.
var structuredCloneProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("hookemu-structured-clone.js", `(function () {
	function fail(v) {
		var e = new Error(String(v) + ' could not be cloned.');
		e.name = 'DataCloneError';
		e.code = 25;
		throw e;
	}
	function clone(v, seen) {
		if (typeof v === 'function' || typeof v === 'symbol') fail(v);
		if (typeof v !== 'object' || v === null) return v;
		if (seen.has(v)) return seen.get(v);
		var out;
		if (v instanceof Date) out = new Date(v.getTime());
		else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
		else if (ArrayBuffer.isView(v)) out = new v.constructor(v);
		else if (v instanceof ArrayBuffer) out = v.slice(0);
		else if (v instanceof Map) {
			out = new Map(); seen.set(v, out);
			v.forEach(function (val, key) { out.set(clone(key, seen), clone(val, seen)); });
			return out;
		} else if (v instanceof Set) {
			out = new Set(); seen.set(v, out);
			v.forEach(function (val) { out.add(clone(val, seen)); });
			return out;
		} else if (v instanceof Error) {
			out = new Error(v.message); out.name = v.name; out.stack = v.stack;
		} else {
			out = Array.isArray(v) ? new Array(v.length) : {};
			seen.set(v, out);
			Object.keys(v).forEach(function (k) { out[k] = clone(v[k], seen); });
			return out;
		}
		seen.set(v, out);
		return out;
	}
	return function structuredClone(value) {
		if (arguments.length === 0) throw new TypeError("The \"value\" argument must be specified");
		return clone(value, new Map());
	};
})()`, true)
})
