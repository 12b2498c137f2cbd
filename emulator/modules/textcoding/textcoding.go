// Package textcoding implements the WHATWG TextEncoder and TextDecoder
// classes that Node puts on the global object and exports from util.
//
// Only UTF-8 is supported, as in a Node built without ICU: Auth0 hooks
// use these classes to turn text into bytes for hashing or Basic auth
// and back, never for legacy encodings. Decoding follows the WHATWG
// algorithm exactly (one U+FFFD per maximal invalid subsequence, BOM
// handling, streaming), which Go's own conversions do not.
//
// The classes are created in Go, once per runtime, and cost a few
// microseconds; the emulator installs them with Enable and util re-exports
// the same constructors, so util.TextEncoder === TextEncoder as in Node.
package textcoding

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// Module describes the classes as a module whose exports are
// {TextEncoder, TextDecoder}. It is not a Node module name: the emulator
// installs the classes with Enable and util re-exports them; register it
// under a require name only if hooks should see it that way.
func Module() modules.Module {
	return modules.Module{
		Name: "textcoding",
		Load: func(h modules.Host, _ string) (goja.Value, error) {
			rt := h.Runtime()
			c := classesOf(rt)
			exports := rt.NewObject()
			_ = exports.Set("TextEncoder", c.encoder)
			_ = exports.Set("TextDecoder", c.decoder)
			return exports, nil
		},
	}
}

// Enable installs TextEncoder and TextDecoder as globals of rt. The
// classes are built when a script first touches either name, since most
// hooks never do and building them costs more than a whole invocation's
// other setup.
func Enable(rt *goja.Runtime) {
	lazy.Global(rt, "TextEncoder", func() goja.Value { return classesOf(rt).encoder })
	lazy.Global(rt, "TextDecoder", func() goja.Value { return classesOf(rt).decoder })
}

// Classes returns rt's TextEncoder and TextDecoder constructors, creating
// them on first use.
func Classes(rt *goja.Runtime) (encoder, decoder *goja.Object) {
	c := classesOf(rt)
	return c.encoder, c.decoder
}

type classes struct {
	encoder, decoder *goja.Object
}

// slot keeps a runtime's classes on its global object, under a symbol
// no script can name, so that every caller shares one pair.
var slot = goja.NewSymbol("hookemu.textcoding")

func classesOf(rt *goja.Runtime) *classes {
	global := rt.GlobalObject()
	if v := global.GetSymbol(slot); v != nil {
		if c, ok := v.Export().(*classes); ok {
			return c
		}
	}
	c := &classes{encoder: newEncoderClass(rt), decoder: newDecoderClass(rt)}
	_ = global.DefineDataPropertySymbol(slot, rt.ToValue(c), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return c
}

// newClass makes a native constructor named name whose prototype carries
// the matching Symbol.toStringTag.
func newClass(rt *goja.Runtime, name string, construct func(goja.ConstructorCall) *goja.Object) (ctor, proto *goja.Object) {
	ctor = rt.ToValue(construct).(*goja.Object)
	_ = ctor.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto = ctor.Get("prototype").(*goja.Object)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ctor, proto
}

// method defines a named native method on obj.
func method(rt *goja.Runtime, obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	f := rt.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Set(name, f)
}

// getter defines a named native getter on obj.
func getter(rt *goja.Runtime, obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	f := rt.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue("get "+name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineAccessorProperty(name, f, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
