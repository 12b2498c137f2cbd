package emulator

import (
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// installGlobals gives the runtime what Node gives every module.
func (inv *invocation) installGlobals() {
	g := inv.rt.GlobalObject()
	_ = g.Set("global", g)
	_ = g.Set("require", inv.requireFunction(nil))
	inv.installStringify()
	proto := inv.rt.NewDynamicObject(&globalScope{inv: inv, built: map[string]bool{}})
	_ = proto.SetPrototype(g.Prototype())
	_ = g.SetPrototype(proto)
}

// globalScope is the dynamic prototype of the global object: it serves
// nodeGlobals, built on first use, since most hooks touch few of them and
// a run should pay only for what it uses.
type globalScope struct {
	inv   *invocation
	built map[string]bool
}

func (s *globalScope) Get(key string) goja.Value {
	if guard := s.inv.typedArrayGuard(key); guard != nil {
		s.define(key, guard)
		return guard
	}
	g, ok := nodeGlobals[key]
	if !ok || s.built[key] || !s.inv.nodeHas(g.since) {
		return nil
	}
	s.built[key] = true
	v := jsName(s.inv.rt, g.build(s.inv), key)
	s.define(key, v)
	return v
}

// define makes the global an ordinary own property of the global object:
// writable and configurable, as Node's are.
func (s *globalScope) define(key string, v goja.Value) {
	_ = s.inv.rt.GlobalObject().DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (s *globalScope) Set(key string, v goja.Value) bool {
	s.built[key] = true
	s.inv.dropHeldBack(key)
	s.define(key, v)
	return true
}

func (s *globalScope) Has(key string) bool {
	if s.inv.heldBack(key) {
		return true
	}
	g, ok := nodeGlobals[key]
	return ok && !s.built[key] && s.inv.nodeHas(g.since)
}

func (s *globalScope) Delete(key string) bool {
	s.built[key] = true
	s.inv.dropHeldBack(key)
	return true
}

func (s *globalScope) Keys() []string { return nil }

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
		_ = c.Set(level, jsName(inv.rt, inv.rt.ToValue(inv.logFunc(level)), level))
	}
	_ = c.Set("trace", jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		inv.appendLog("trace", "Trace: "+inv.format(call.Arguments)+inv.jsStack())
		return goja.Undefined()
	}), "trace"))
	_ = c.Set("dir", jsName(inv.rt, inv.rt.ToValue(inv.logFunc("log")), "dir"))
	_ = c.Set("table", jsName(inv.rt, inv.rt.ToValue(inv.logFunc("log")), "table"))
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

// timerFunc is setTimeout (or setInterval) on the invocation's loop. It
// returns a Timeout object, as Node does: packages call unref() on it.
func (inv *invocation) timerFunc(repeat bool) goja.Value {
	return inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		return inv.schedule(repeat, false, call.Argument(0), call.Argument(1), call.Arguments[min(2, len(call.Arguments)):])
	})
}

func (inv *invocation) schedule(repeat, immediate bool, callback, delay goja.Value, rest []goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(callback)
	if !ok {
		panic(inv.rt.NewTypeError(`The "callback" argument must be of type function. Received ` + describeJS(callback)))
	}
	args := append([]goja.Value(nil), rest...)
	st := &timerState{delay: timerDelay(delay), repeat: repeat, ref: true}
	st.run = inv.guard(func() error {
		_, err := fn(goja.Undefined(), args...)
		return err
	})
	st.id = inv.loop.AddTimer(st.delay, repeat, st.run)
	return inv.timerObject(st, immediate)
}

func (inv *invocation) setImmediate(call goja.FunctionCall) goja.Value {
	return inv.schedule(false, true, call.Argument(0), inv.rt.ToValue(0), call.Arguments[min(1, len(call.Arguments)):])
}

func (inv *invocation) clearTimer(call goja.FunctionCall) goja.Value {
	if id := timerID(call.Argument(0)); id > 0 {
		inv.loop.CancelTimer(id)
	}
	return goja.Undefined()
}

// queueMicrotask runs fn after the current job, as a promise reaction.
func (inv *invocation) queueMicrotask(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(inv.rt.NewTypeError(`The "callback" argument must be of type function. Received ` + describeJS(call.Argument(0))))
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

// jsName gives a native function the name scripts and stacks know it by:
// goja names one after its Go symbol otherwise, and
// "github.com/hookemu/hookemu/emulator.(*invocation).require-fm" would
// reach users in err.stack and fn.name.
func jsName(rt *goja.Runtime, v goja.Value, name string) goja.Value {
	obj, ok := v.(*goja.Object)
	if _, isFunc := goja.AssertFunction(v); !ok || !isFunc {
		return v
	}
	if current := obj.Get("name"); current != nil && !strings.Contains(current.String(), "/") {
		return v // named in JS already
	}
	_ = obj.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return v
}
