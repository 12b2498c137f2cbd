package emulator

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/nodemodules"
)

// performance is Node 16's global performance, as far as send-phone-message
// code uses it: now() and timeOrigin, in milliseconds, from the start of
// the run.
func (inv *invocation) performance() goja.Value {
	p := inv.rt.NewObject()
	now := func() float64 { return float64(inv.elapsed().Microseconds()) / 1000 }
	_ = p.Set("now", jsName(inv.rt, inv.rt.ToValue(now), "now"))
	_ = p.Set("timeOrigin", float64(inv.start.UnixMicro())/1000)
	_ = p.DefineDataPropertySymbol(goja.SymToStringTag, inv.rt.ToValue("Performance"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return p
}

// navigator is Node 21's global navigator: its userAgent is "Node.js/"
// and the major version; the emulated machine has the two processors
// require('os') reports.
func (inv *invocation) navigator() goja.Value {
	n := inv.rt.NewObject()
	_ = n.Set("hardwareConcurrency", 2)
	_ = n.Set("language", "en-US")
	_ = n.Set("languages", []any{"en-US"})
	_ = n.Set("platform", "linux")
	_ = n.Set("userAgent", fmt.Sprintf("Node.js/%d", inv.Node().Major()))
	_ = n.DefineDataPropertySymbol(goja.SymToStringTag, inv.rt.ToValue("Navigator"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return n
}

// unemulatedHints say, for each global Node has and hookemu does not
// emulate, what to do instead. goja, the engine, has no Intl, WebAssembly,
// SharedArrayBuffer, Atomics, WeakRef or FinalizationRegistry; a run
// defines them all the same, so that code reaching one fails with an error
// that names hookemu's limit rather than a ReferenceError that reads like
// a bug in the hook, and check warns about each use (the two agree).
var unemulatedHints = map[string]string{
	"Intl":                 "format numbers and dates without Intl (toFixed, toISOString, padStart)",
	"WebAssembly":          "send the message with JavaScript and the provider's HTTP API",
	"SharedArrayBuffer":    "use an ArrayBuffer: a run has one thread",
	"Atomics":              "use plain reads and writes of a typed array: a run has one thread",
	"WeakRef":              "hold the object itself: a run is too short for the collector to matter",
	"FinalizationRegistry": "clean up when the run is done instead: a run is too short for the collector to matter",
	"Blob":                 "send text or a Buffer instead",
	"File":                 "send text or a Buffer instead",
	"CustomEvent":          "use Event, or an EventEmitter from require('events')",
	"WebSocket":            "a send-phone-message run reaches providers over HTTP only, and offline there is nothing to connect to: use fetch or the provider's SDK",
}

// Unemulated reports whether name is a global Node has and hookemu does
// not emulate, and if so what to do instead: check warns about each use.
func Unemulated(name string) (hint string, ok bool) {
	hint, ok = unemulatedHints[name]
	return hint, ok
}

// unemulatedError is the error a use of the unemulated global name
// throws: coded ERR_HOOKEMU_UNSUPPORTED, as every part of Node hookemu
// does not emulate, so that check tells hookemu's limit from a bug.
func (inv *invocation) unemulatedError(name string) *goja.Object {
	return nodeerr.New(inv.rt, "Error", nodemodules.CodeUnsupported,
		fmt.Sprintf("hookemu does not emulate %s (%s has it): %s", name, inv.Node().Title(), unemulatedHints[name]))
}

// unemulatedGlobal is a constructor Node has and hookemu does not emulate:
// it exists (typeof says function, as in Node), and constructing it throws
// an error that says so and what to do instead, rather than pretending.
func unemulatedGlobal(name string) func(inv *invocation) goja.Value {
	return func(inv *invocation) goja.Value {
		return inv.rt.ToValue(func(goja.ConstructorCall) *goja.Object {
			panic(inv.unemulatedError(name))
		})
	}
}

// probedMembers are the members generic code asks any object for (JSON's
// toJSON, a promise's then) and Node's namespaces lack: they answer
// undefined rather than throw, so that JSON.stringify({i: Intl}) and an
// Action returning Intl behave as in Node.
var probedMembers = map[string]bool{"toJSON": true, "then": true}

// unemulatedNamespace is a namespace object Node has (Intl, WebAssembly,
// Atomics) and hookemu does not emulate: typeof says object and
// Object.prototype.toString names it, as in Node, and reading or testing
// for any of its own members throws the error that says so (what it
// inherits from Object.prototype answers as usual).
func unemulatedNamespace(name string) func(inv *invocation) goja.Value {
	return func(inv *invocation) goja.Value {
		target := inv.rt.NewObject()
		// Node's tag: neither writable nor enumerable, but configurable.
		_ = target.DefineDataPropertySymbol(goja.SymToStringTag, inv.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return inv.rt.ToValue(inv.rt.NewProxy(target, &goja.ProxyTrapConfig{
			Get: func(target *goja.Object, property string, receiver goja.Value) goja.Value {
				if v := target.Get(property); v != nil || probedMembers[property] {
					return v // Object.prototype's, such as toString, or none
				}
				panic(inv.unemulatedError(name))
			},
			Has: func(target *goja.Object, property string) bool {
				if v := target.Get(property); v != nil || probedMembers[property] {
					return v != nil
				}
				panic(inv.unemulatedError(name))
			},
		}))
	}
}
