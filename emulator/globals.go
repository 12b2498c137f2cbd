package emulator

import (
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// installGlobals gives the runtime what Node gives every module. Globals
// backed by modules (Buffer, URL, process, ...) are created on first use:
// most hooks touch few of them, and a run should pay only for what it uses.
func (inv *invocation) installGlobals() {
	rt := inv.rt
	g := rt.GlobalObject()
	_ = g.Set("global", g)
	_ = g.Set("require", inv.require)
	_ = g.Set("console", inv.console())
	inv.installTimers()
	inv.lazyGlobal("process", func() goja.Value { return inv.processObject() })
	inv.lazyGlobal("Buffer", func() goja.Value { return inv.requireExport("buffer", "Buffer") })
	inv.lazyGlobal("URL", func() goja.Value { return inv.requireExport("url", "URL") })
	inv.lazyGlobal("URLSearchParams", func() goja.Value { return inv.requireExport("url", "URLSearchParams") })
	inv.lazyGlobal("TextEncoder", func() goja.Value { return inv.requireExport("util", "TextEncoder") })
	inv.lazyGlobal("TextDecoder", func() goja.Value { return inv.requireExport("util", "TextDecoder") })
}

// lazyGlobal defines name as an accessor that builds the value on first
// read and then replaces itself with a plain, writable property.
func (inv *invocation) lazyGlobal(name string, build func() goja.Value) {
	g := inv.rt.GlobalObject()
	define := func(v goja.Value) {
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	getter := inv.rt.ToValue(func(goja.FunctionCall) goja.Value {
		v := build()
		define(v)
		return v
	})
	setter := inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		define(call.Argument(0))
		return goja.Undefined()
	})
	_ = g.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// requireExport is require(module)[name], or undefined when the module is
// not registered (an emulator built with fewer modules).
func (inv *invocation) requireExport(module, name string) goja.Value {
	exports, err := inv.load(module, "")
	if err != nil {
		return goja.Undefined()
	}
	return exports.ToObject(inv.rt).Get(name)
}

// console captures every call into the result; the emulator never prints.
func (inv *invocation) console() *goja.Object {
	c := inv.rt.NewObject()
	for _, level := range []string{"log", "info", "warn", "error", "debug"} {
		_ = c.Set(level, inv.logFunc(level))
	}
	_ = c.Set("trace", func(call goja.FunctionCall) goja.Value {
		inv.appendLog("trace", "Trace: "+inv.format(call.Arguments)+inv.jsStack())
		return goja.Undefined()
	})
	_ = c.Set("dir", inv.logFunc("log"))
	_ = c.Set("table", inv.logFunc("log"))
	return c
}

func (inv *invocation) logFunc(level string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		inv.appendLog(level, inv.format(call.Arguments))
		return goja.Undefined()
	}
}

// appendLog keeps console output within MaxLogBytes, so a hook that logs
// in a loop cannot exhaust memory; the cut is reported once.
func (inv *invocation) appendLog(level, message string) {
	if inv.logsCut {
		return
	}
	room := inv.em.cfg.MaxLogBytes - inv.logBytes
	if len(message) > room {
		message = strings.ToValidUTF8(message[:max(room, 0)], "")
		inv.logsCut = true
		inv.problem(SeverityWarning, fmt.Sprintf("console output passed %d bytes; the rest was dropped", inv.em.cfg.MaxLogBytes))
	}
	inv.logBytes += len(message)
	inv.result.Logs = append(inv.result.Logs, Log{Level: level, Message: message})
}

// installTimers adds setTimeout and friends on the invocation's loop.
// Timers return numeric ids (hooks only ever pass them back to clear*).
func (inv *invocation) installTimers() {
	g := inv.rt.GlobalObject()
	schedule := func(repeat bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(inv.rt.NewTypeError(`The "callback" argument must be of type function. Received ` + describeJS(call.Argument(0))))
			}
			delay := timerDelay(call.Argument(1))
			args := append([]goja.Value(nil), call.Arguments[min(2, len(call.Arguments)):]...)
			id := inv.loop.AddTimer(delay, repeat, inv.guard(func() error {
				_, err := fn(goja.Undefined(), args...)
				return err
			}))
			return inv.rt.ToValue(id)
		}
	}
	clear := func(call goja.FunctionCall) goja.Value {
		if id := call.Argument(0).ToInteger(); id > 0 {
			inv.loop.CancelTimer(int(id))
		}
		return goja.Undefined()
	}
	_ = g.Set("setTimeout", schedule(false))
	_ = g.Set("setInterval", schedule(true))
	_ = g.Set("setImmediate", func(call goja.FunctionCall) goja.Value {
		args := append([]goja.Value{call.Argument(0), inv.rt.ToValue(0)}, call.Arguments[min(1, len(call.Arguments)):]...)
		return schedule(false)(goja.FunctionCall{This: call.This, Arguments: args})
	})
	_ = g.Set("clearTimeout", clear)
	_ = g.Set("clearInterval", clear)
	_ = g.Set("clearImmediate", clear)
	_ = g.Set("queueMicrotask", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(inv.rt.NewTypeError(`The "callback" argument must be of type function`))
		}
		promise, resolve, _ := inv.rt.NewPromise()
		then, _ := goja.AssertFunction(inv.rt.ToValue(promise).ToObject(inv.rt).Get("then"))
		_, _ = then(inv.rt.ToValue(promise), inv.rt.ToValue(func(goja.FunctionCall) goja.Value {
			if _, err := fn(goja.Undefined()); err != nil {
				panic(err)
			}
			return goja.Undefined()
		}))
		_ = resolve(goja.Undefined())
		return goja.Undefined()
	})
}

// timerDelay reads a delay as Node does: not a number or below 1 means 1ms.
func timerDelay(v goja.Value) time.Duration {
	ms := v.ToFloat()
	if ms != ms || ms < 1 {
		ms = 1
	}
	if ms > 2147483647 {
		ms = 1 // Node warns and uses 1 for delays that overflow
	}
	return time.Duration(ms * float64(time.Millisecond))
}
