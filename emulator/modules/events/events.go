// Package events is Node's events module: require('events') is the
// EventEmitter class itself, with once, on, errorMonitor,
// defaultMaxListeners and the rest as its properties, inheritable with
// util.inherits or class extends.
//
// The class is JavaScript (events.js), because its semantics are JS
// semantics packages observe: listeners stored in this._events (one
// function, or an array), once wrappers carrying .listener, the
// 'newListener' and 'removeListener' events, an 'error' emitted with no
// listener thrown (as is for an Error, wrapped in ERR_UNHANDLED_ERROR
// otherwise), and captureRejections. The leak warning
// (MaxListenersExceededWarning) goes to the run's warnings, as Node
// prints it on stderr.
//
// Every module of a runtime that needs EventEmitter (stream, http) gets
// the same class from Exports, so instanceof holds across them.
package events

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

//go:embed events.js
var source string

var script = modules.NewScript("events.js", source)

// Module describes require('events').
func Module() modules.Module {
	return modules.Module{
		Name: "events",
		Load: func(h modules.Host, _ string) (goja.Value, error) {
			return Exports(h)
		},
	}
}

// slot holds a runtime's EventEmitter on its global object, out of reach
// of string keys.
var slot = goja.NewSymbol("hookemu.events")

// Exports returns h's runtime's EventEmitter class, building it on first
// use; other core modules build on it through this function.
func Exports(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	return modules.PerRuntime(rt, slot, func() (*goja.Object, error) {
		v, err := script.Call(rt, corejs.Bindings(rt, h.Warn))
		if err != nil {
			return nil, err
		}
		return v.ToObject(rt), nil
	})
}
