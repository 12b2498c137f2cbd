// Package textcoding implements the WHATWG TextEncoder and TextDecoder
// classes, which util exports and the emulator puts on the global object
// from there (util.TextEncoder === TextEncoder, as in Node), and
// DecodeUTF8, the WHATWG decoding that Buffer, string_decoder,
// querystring and the HTTP shims turn bytes into text with.
//
// Only UTF-8 is supported, as in a Node built without ICU: Auth0 hooks
// use these classes to turn text into bytes for hashing or Basic auth
// and back, never for legacy encodings. Decoding follows the WHATWG
// algorithm exactly (one U+FFFD per maximal invalid subsequence, BOM
// handling, streaming), which Go's own conversions do not.
//
// The classes are created in Go, once per runtime, on first use: most
// hooks never touch them.
package textcoding

import (
	"github.com/dop251/goja"
)

// Classes returns rt's TextEncoder and TextDecoder constructors, creating
// them on first use. received describes a wrong argument in their errors
// as Node's do (util.Received); the first call's is kept.
func Classes(rt *goja.Runtime, received func(goja.Value) string) (encoder, decoder *goja.Object) {
	c := classesOf(rt, received)
	return c.encoder, c.decoder
}

type classes struct {
	encoder, decoder *goja.Object
}

// slot keeps a runtime's classes on its global object, under a symbol
// no script can name, so that every caller shares one pair.
var slot = goja.NewSymbol("hookemu.textcoding")

func classesOf(rt *goja.Runtime, received func(goja.Value) string) *classes {
	global := rt.GlobalObject()
	if v := global.GetSymbol(slot); v != nil {
		if c, ok := v.Export().(*classes); ok {
			return c
		}
	}
	c := &classes{encoder: newEncoderClass(rt, received), decoder: newDecoderClass(rt)}
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
