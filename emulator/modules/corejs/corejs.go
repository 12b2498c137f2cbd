// Package corejs is what the JavaScript halves of Node's core modules
// (events, assert, path, ...) share: Node's coded errors (package
// nodeerr's New, "TypeError [ERR_X]: ..." as their string and stack head), the
// "Received ..." part of an argument error, util.inspect, and a way to
// report a process warning to the user.
//
// Bindings returns them as an object for a modules.Script factory; a
// module adds its own natives to it.
package corejs

import (
	"math"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
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
		return nodeerr.New(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2).String())
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

// Received is how Node's argument errors describe the value they got:
// "Received type string ('x')", "Received an instance of Foo",
// "Received function f", "Received null".
func Received(rt *goja.Runtime, v goja.Value) string {
	return util.Received(rt, v)
}
