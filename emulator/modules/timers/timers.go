// Package timers is Node's timers module and timers/promises. timers
// hands out the run's own setTimeout, setInterval, setImmediate and their
// clear functions (the very functions the hook's globals are, on the
// run's event loop, so time limits and the loop's bookkeeping hold);
// timers/promises builds setTimeout, setImmediate, setInterval (an async
// iterator) and scheduler.wait/yield on them, with AbortSignal support
// and Node's ABORT_ERR and ERR_INVALID_ARG_TYPE errors.
//
// Node's private timer helpers (enroll, unenroll, active,
// _unrefActive) are not emulated.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

//go:embed timers.js
var source string

var script = modules.NewScript("timers.js", source)

// Module describes require('timers').
func Module() modules.Module {
	return modules.Module{Name: "timers", Load: func(h modules.Host, _ string) (goja.Value, error) {
		return Exports(h)
	}}
}

// PromisesModule describes require('timers/promises'), timers.promises.
func PromisesModule() modules.Module {
	return modules.Module{Name: "timers/promises", Load: func(h modules.Host, _ string) (goja.Value, error) {
		exports, err := Exports(h)
		if err != nil {
			return nil, err
		}
		return exports.Get("promises"), nil
	}}
}

var (
	slot  = goja.NewSymbol("hookemu.timers")
	names = []string{"setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval"}
)

// Exports is the runtime's timers module, built once so that
// timers/promises is timers.promises.
func Exports(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	return modules.PerRuntime(rt, slot, func() (*goja.Object, error) {
		native := corejs.Bindings(rt, h.Warn)
		_ = native.Set("timers", runTimers(rt))
		v, err := script.Call(rt, native)
		if err != nil {
			return nil, err
		}
		return v.ToObject(rt), nil
	})
}

// runTimers holds the run's timer globals as they are when timers is
// first required.
func runTimers(rt *goja.Runtime) *goja.Object {
	out := rt.NewObject()
	for _, name := range names {
		_ = out.Set(name, rt.Get(name))
	}
	return out
}
