// Package assert is Node's assert module (and assert/strict): ok, equal,
// notEqual, strictEqual, deepEqual, deepStrictEqual and their negations,
// throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch,
// ifError, fail, and AssertionError with Node's code ERR_ASSERTION and
// its actual, expected, operator and generatedMessage.
//
// Messages follow Node 20's, including the "+ actual - expected" line
// diff of deepStrictEqual (values inspected with sorted keys, long runs of
// equal lines cut), checked against Node on tens of thousands of random
// values during development. One thing differs: a falsy assert.ok(value)
// without a message shows the value (assert.ok(false)) where Node quotes
// the source text of the call, which hookemu does not keep.
// CallTracker (deprecated in Node 20) is not emulated.
package assert

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

var (
	//go:embed deepequal.js
	deepEqualJS string
	//go:embed diff.js
	diffJS string
	//go:embed assert.js
	assertJS string
)

// script joins the three files on first use: the joined source is 27 KB
// that a process which never requires assert should not build.
var script = sync.OnceValue(func() *modules.Script {
	return modules.NewScript("assert.js", "function (native) {\n'use strict';\n"+deepEqualJS+diffJS+assertJS+"\n}")
})

// Module describes require('assert').
func Module() modules.Module {
	return modules.Module{Name: "assert", Load: func(h modules.Host, _ string) (goja.Value, error) {
		return Exports(h)
	}}
}

// StrictModule describes require('assert/strict'), assert.strict.
func StrictModule() modules.Module {
	return modules.Module{Name: "assert/strict", Load: func(h modules.Host, _ string) (goja.Value, error) {
		exports, err := Exports(h)
		if err != nil {
			return nil, err
		}
		return exports.Get("strict"), nil
	}}
}

var slot = goja.NewSymbol("hookemu.assert")

// Exports is the runtime's assert, built once so that assert/strict is
// assert.strict.
func Exports(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	return modules.PerRuntime(rt, slot, func() (*goja.Object, error) {
		v, err := script().Call(rt, corejs.Bindings(rt, h.Warn))
		if err != nil {
			return nil, err
		}
		return v.ToObject(rt), nil
	})
}
