// Package buffer is Node's buffer module for hooks: goja_nodejs's Buffer,
// completed with what hooks use and goja_nodejs lacks.
//
// goja_nodejs implements the Buffer class itself (a Uint8Array subclass
// with Node's read/write methods). This adapter adds, on the same
// constructor and prototype: every encoding Node knows (latin1, binary,
// ascii, ucs2, utf16le and base64url besides utf8, hex and base64, with
// any letter case), Buffer.isBuffer, byteLength, isEncoding, compare and
// allocUnsafe, buf.toJSON, slice, copy and compare, and a species
// constructor so that slice, map and filter return Buffers. The module
// also exports kMaxLength, constants, INSPECT_MAX_BYTES, atob and btoa.
//
// goja_nodejs's helpers (buffer.WrapBytes and the like) find the class
// through the runtime's global Buffer or require('buffer'); the emulator
// sets the global from this module's exports, and every Load in one
// runtime returns the same exports, so Buffer === require('buffer').Buffer
// as in Node.
package buffer

import (
	"github.com/dop251/goja"
	nodebuffer "github.com/dop251/goja_nodejs/buffer"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Module describes require('buffer').
func Module() modules.Module {
	return modules.Module{
		Name: "buffer",
		Load: func(h modules.Host, _ string) (goja.Value, error) {
			return ExportsFor(h.Runtime(), modules.LimitsOf(h.Action())), nil
		},
	}
}

// slot keeps a runtime's exports on its global object, under a symbol no
// script can name.
var slot = goja.NewSymbol("hookemu.buffer")

// Exports returns rt's buffer module exports with Node 18's limits,
// building them on first use.
func Exports(rt *goja.Runtime) *goja.Object {
	return ExportsFor(rt, modules.LimitsOf(true))
}

// ExportsFor returns rt's buffer module exports, building them on first
// use with the limits of the Node version the run emulates (the first
// call in a runtime decides).
func ExportsFor(rt *goja.Runtime, limits modules.NodeLimits) *goja.Object {
	global := rt.GlobalObject()
	if v, ok := global.GetSymbol(slot).(*goja.Object); ok {
		return v
	}
	module := rt.NewObject()
	_ = module.Set("exports", rt.NewObject())
	nodebuffer.Require(rt, module)
	exports := module.Get("exports").(*goja.Object)
	ctor := exports.Get("Buffer").(*goja.Object)
	complete(rt, ctor, limits)
	addConstants(rt, exports, limits)
	_ = global.DefineDataPropertySymbol(slot, exports, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return exports
}

// inspectMaxBytes is Node's buffer.INSPECT_MAX_BYTES.
const inspectMaxBytes = 50

func addConstants(rt *goja.Runtime, exports *goja.Object, limits modules.NodeLimits) {
	constants := rt.NewObject()
	_ = constants.Set("MAX_LENGTH", limits.MaxBufferLength)
	_ = constants.Set("MAX_STRING_LENGTH", limits.MaxStringLength)
	_ = exports.Set("constants", constants)
	_ = exports.Set("kMaxLength", limits.MaxBufferLength)
	_ = exports.Set("kStringMaxLength", limits.MaxStringLength)
	_ = exports.Set("INSPECT_MAX_BYTES", inspectMaxBytes)
	setFunc(rt, exports, "atob", atob(rt))
	setFunc(rt, exports, "btoa", btoa(rt))
}

// setFunc defines a named native function on obj.
func setFunc(rt *goja.Runtime, obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := rt.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Set(name, f)
	return f
}
