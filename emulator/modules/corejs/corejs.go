// Package corejs is what the JavaScript halves of Node's core modules
// (events, assert, path, ...) share: Node's coded errors (ERR_* codes,
// "TypeError [ERR_X]: ..." as their string and stack head), the
// "Received ..." part of an argument error, util.inspect, and a way to
// report a process warning to the user.
//
// Bindings returns them as an object for a modules.Script factory; a
// module adds its own natives to it.
package corejs

import (
	"math"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/hookemu/hookemu/internal/jslower"
)

// Bindings is the shared natives object for one runtime. warn receives
// process warnings (a MaxListenersExceededWarning); nil drops them. It
// gives the runtime Symbol.asyncIterator, which goja lacks and the
// modules' async iterators are keyed by.
func Bindings(rt *goja.Runtime, warn func(string)) *goja.Object {
	jslower.InstallRuntime(rt) // the modules key async iteration by Symbol.asyncIterator
	b := rt.NewObject()
	_ = b.Set("codedError", func(call goja.FunctionCall) goja.Value {
		return CodedError(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2).String())
	})
	_ = b.Set("received", func(v goja.Value) string { return Received(rt, v) })
	_ = b.Set("inspect", func(call goja.FunctionCall) goja.Value {
		opts := util.DefaultOptions()
		if d := call.Argument(1); !goja.IsUndefined(d) {
			opts.Depth = int(d.ToInteger())
		}
		return rt.ToValue(util.InspectWith(rt, call.Argument(0), opts))
	})
	_ = b.Set("inspectAll", func(v goja.Value) string { return InspectAll(rt, v) })
	_ = b.Set("warn", func(message string) {
		if warn != nil {
			warn(message)
		}
	})
	return b
}

// InspectAll is util.inspect as assert shows values in its messages:
// every property on a line of its own, in sorted order, as deep as the
// bound allows, every element of an array.
func InspectAll(rt *goja.Runtime, v goja.Value) string {
	opts := util.DefaultOptions()
	opts.Depth = util.MaxDepth
	opts.Compact = 0
	opts.MaxArrayLength = math.MaxInt32
	opts.Sorted = true
	return util.InspectWith(rt, v, opts)
}

// CodedError is one of Node's internal errors: an instance of the global
// class kind (Error, TypeError, RangeError) with an own enumerable code,
// whose String() and stack begin "Kind [CODE]: message" as Node's do.
func CodedError(rt *goja.Runtime, kind, code, message string) *goja.Object {
	ctor, ok := rt.Get(kind).(*goja.Object)
	if !ok {
		ctor = rt.Get("Error").(*goja.Object)
	}
	e, err := rt.New(ctor, rt.ToValue(message))
	if err != nil {
		panic(err)
	}
	_ = e.Set("code", code)
	head := kind + " [" + code + "]"
	_ = e.DefineDataProperty("toString", rt.ToValue(func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(rt)
		return rt.ToValue(this.Get("name").String() + " [" + code + "]: " + this.Get("message").String())
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if stack, ok := e.Get("stack").Export().(string); ok {
		if i := strings.IndexByte(stack, ':'); i >= 0 && !strings.Contains(stack[:i], "\n") {
			stack = head + stack[i:]
		}
		_ = e.DefineDataProperty("stack", rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}

// Received is how Node's argument errors describe the value they got:
// "Received type string ('x')", "Received an instance of Foo",
// "Received function f", "Received null".
func Received(rt *goja.Runtime, v goja.Value) string {
	return util.Received(rt, v)
}
