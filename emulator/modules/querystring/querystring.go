// Package querystring is Node's querystring module: hooks build form
// bodies with stringify and read callbacks with parse.
//
// It is a port of Node 20's lib/querystring.js, including its quirks:
// parse gives a null-prototype object, turns repeated keys into arrays,
// stops at 1000 pairs unless told otherwise, and falls back to a lenient
// decoder when decodeURIComponent would throw; stringify leaves out empty
// arrays and prints non-primitive values as empty strings. The Go
// functions (Parse, Stringify, Escape, Unescape) serve url.parse and
// url.format.
package querystring

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// Module describes require('querystring').
func Module() modules.Module {
	return modules.Module{Name: "querystring", Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	rt := h.Runtime()
	return table.Object(rt, rt), nil
}

// table is querystring's exports, made on first access, in Node's order.
var table = lazy.TableOf(func() []lazy.Member[*goja.Runtime] {
	return []lazy.Member[*goja.Runtime]{
		lazy.Func("unescapeBuffer", func(rt *goja.Runtime, call goja.FunctionCall) goja.Value {
			return toBuffer(rt, unescapeBuffer(call.Argument(0).String(), call.Argument(1).ToBoolean()))
		}),
		lazy.Func("unescape", func(rt *goja.Runtime, call goja.FunctionCall) goja.Value {
			return rt.ToValue(Unescape(call.Argument(0).String(), call.Argument(1).ToBoolean()))
		}),
		lazy.Func("escape", func(rt *goja.Runtime, call goja.FunctionCall) goja.Value {
			return rt.ToValue(Escape(escapeArgument(call.Argument(0))))
		}),
		lazy.Func("stringify", stringifyFunc),
		lazy.Alias[*goja.Runtime]("encode", "stringify"),
		lazy.Func("parse", parseCall),
		lazy.Alias[*goja.Runtime]("decode", "parse"),
	}
})

func stringifyFunc(rt *goja.Runtime, call goja.FunctionCall) goja.Value {
	return rt.ToValue(stringifyCall(rt, call))
}

// escapeArgument is qsEscape's conversion to a string, which throws for
// a symbol.
func escapeArgument(v goja.Value) string {
	return v.ToString().String()
}

// toBuffer is Buffer.from(b) through the runtime's global Buffer, which
// the emulator installs; querystring has no other use for the buffer
// module.
func toBuffer(rt *goja.Runtime, b []byte) goja.Value {
	ctor, ok := rt.Get("Buffer").(*goja.Object)
	if !ok {
		panic(rt.NewTypeError("Buffer is not defined"))
	}
	from, ok := goja.AssertFunction(ctor.Get("from"))
	if !ok {
		panic(rt.NewTypeError("Buffer.from is not a function"))
	}
	v, err := from(ctor, rt.ToValue(rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return v
}
