package emulator

import (
	"time"

	"github.com/dop251/goja"
)

// timerState is what a Timeout or Immediate object stands for: the loop
// timer behind it, and what refresh() needs to arm it again.
type timerState struct {
	id     int
	delay  time.Duration
	repeat bool
	run    func() error
	ref    bool
}

// timerSlot holds an object's timerState, under a symbol no script can
// name.
var timerSlot = goja.NewSymbol("hookemu.timer")

// timerClasses are the prototypes of the objects setTimeout, setInterval
// and setImmediate return, made on first use.
type timerClasses struct {
	timeout, immediate *goja.Object
}

// timerObject is the Timeout (or Immediate) object for st: Node's, since
// packages call unref(), ref(), hasRef() and refresh() on what the timer
// functions return, and pass it back to clear*.
func (inv *invocation) timerObject(st *timerState, immediate bool) *goja.Object {
	if inv.timers == nil {
		inv.timers = &timerClasses{timeout: inv.timerClass("Timeout", true), immediate: inv.timerClass("Immediate", false)}
	}
	proto := inv.timers.timeout
	if immediate {
		proto = inv.timers.immediate
	}
	obj := inv.rt.CreateObject(proto)
	_ = obj.DefineDataPropertySymbol(timerSlot, inv.rt.ToValue(st), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

// timerClass builds a prototype with Node's methods. unref() is recorded
// (hasRef() says so) but the timer still keeps the run going until it
// fires: a run ends when its callback is called or its promise settles,
// whatever timers are left.
func (inv *invocation) timerClass(name string, timeout bool) *goja.Object {
	ctor := inv.rt.ToValue(func(goja.ConstructorCall) *goja.Object {
		panic(inv.rt.NewTypeError("Illegal constructor"))
	}).(*goja.Object)
	_ = ctor.DefineDataProperty("name", inv.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").(*goja.Object)
	method := func(name string, fn func(this *goja.Object, st *timerState) goja.Value) {
		_ = proto.Set(name, jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			this := call.This.ToObject(inv.rt)
			st, ok := this.GetSymbol(timerSlot).Export().(*timerState)
			if !ok {
				panic(inv.rt.NewTypeError("Value of \"this\" must be of type " + name))
			}
			return fn(this, st)
		}), name))
	}
	if timeout {
		method("refresh", func(this *goja.Object, st *timerState) goja.Value {
			inv.loop.CancelTimer(st.id)
			st.id = inv.loop.AddTimer(st.delay, st.repeat, st.run)
			return this
		})
	}
	method("unref", func(this *goja.Object, st *timerState) goja.Value { st.ref = false; return this })
	method("ref", func(this *goja.Object, st *timerState) goja.Value { st.ref = true; return this })
	method("hasRef", func(_ *goja.Object, st *timerState) goja.Value { return inv.rt.ToValue(st.ref) })
	if timeout {
		method("close", func(this *goja.Object, st *timerState) goja.Value { inv.loop.CancelTimer(st.id); return this })
		toPrimitive := inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			if st, ok := call.This.ToObject(inv.rt).GetSymbol(timerSlot).Export().(*timerState); ok {
				return inv.rt.ToValue(st.id)
			}
			return goja.NaN()
		})
		_ = proto.SetSymbol(goja.SymToPrimitive, toPrimitive)
	}
	return proto
}

// timerID is the loop timer a clear* argument names: a Timeout or
// Immediate object, or its number.
func timerID(v goja.Value) int {
	if obj, ok := v.(*goja.Object); ok {
		if st, ok := obj.GetSymbol(timerSlot).Export().(*timerState); ok {
			return st.id
		}
	}
	return int(v.ToInteger())
}
