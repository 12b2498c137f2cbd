package emulator

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// installGlobals gives the runtime what Node gives every module.
//
// The global object scripts see is not goja's own: goja builds its
// built-ins lazily behind a template, but any change to one of its
// properties (deleting a typed array, replacing a guarded constructor)
// builds that constructor first, and guarding them that way cost more
// than the rest of a typical run. So goja's global object is kept out of
// every script's reach, and the global object is a proxy in front of a
// fresh ordinary object whose prototype, globalScope, serves goja's
// built-ins and Node's globals on first use, guards included. The
// proxy's traps make a global not used yet behave as an own property
// all the same (hasOwnProperty, getOwnPropertyDescriptor, delete,
// defineProperty, Object.getOwnPropertyNames), as in Node.
func (inv *invocation) installGlobals() {
	rt := inv.rt
	target := rt.NewObject()
	s := &globalScope{inv: inv, builtins: rt.GlobalObject(), target: target, built: map[string]bool{"global": true}}
	proto := rt.NewDynamicObject(s)
	_ = proto.SetPrototype(target.Prototype())
	_ = target.SetPrototype(proto)
	global := rt.ToValue(rt.NewProxy(target, &goja.ProxyTrapConfig{
		GetOwnPropertyDescriptor: s.ownProperty,
		DefineProperty:           s.defineProperty,
		DeleteProperty:           s.deleteProperty,
		OwnKeys:                  s.ownKeys,
		PreventExtensions:        s.preventExtensions,
		SetPrototypeOf:           s.setPrototypeOf,
		Set:                      s.set,
	})).(*goja.Object)
	// Before anything reads globalThis from goja's template, which
	// answers the runtime's global object at that moment.
	rt.SetGlobalObject(global)
	s.global = global
	for _, c := range []struct {
		name  string
		value goja.Value
	}{{"NaN", rt.ToValue(math.NaN())}, {"Infinity", rt.ToValue(math.Inf(1))}, {"undefined", goja.Undefined()}} {
		_ = target.DefineDataProperty(c.name, c.value, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	_ = target.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("global"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = target.DefineDataProperty("global", global, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = target.DefineDataProperty("require", inv.requireFunction(nil), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	inv.scope = s
}

// globalScope is the dynamic prototype of the global object's target:
// it serves goja's built-ins (guarded where they allocate) and
// nodeGlobals, each built on first use, since most hooks touch few of
// them and a run should pay only for what it uses. A global once served,
// replaced or deleted is the target's own business from then on.
type globalScope struct {
	inv      *invocation
	builtins *goja.Object // goja's global object, which no script reaches
	target   *goja.Object
	global   *goja.Object // the proxy scripts see
	built    map[string]bool
	// plain are the globals that set made (writable, enumerable and
	// configurable data) and nothing has redefined since: ownProperty
	// answers them without asking JS.
	plain map[string]bool
	// probe is the name set is assigning; probed is whether Has was
	// asked about it meanwhile.
	probe  string
	probed bool
	// describe is Object.getOwnPropertyDescriptor, fetched on first use.
	describe goja.Callable
}

// builtinGlobals are the own properties of goja's global object, in its
// order, but for the constants installGlobals defines at once.
var builtinGlobals = []string{
	"Object", "Function", "Array", "String", "Number", "BigInt", "RegExp", "Date", "Boolean", "Proxy", "Reflect",
	"Error", "AggregateError", "TypeError", "ReferenceError", "SyntaxError", "RangeError", "EvalError", "URIError", "GoError",
	"eval", "Math", "JSON", "ArrayBuffer", "DataView",
	"Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array",
	"Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
	"Symbol", "WeakSet", "WeakMap", "Map", "Set", "Promise", "globalThis",
	"isNaN", "parseInt", "parseFloat", "isFinite", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
}

// isBuiltin reports whether name is one of builtinGlobals.
func isBuiltin(name string) bool {
	for _, b := range builtinGlobals {
		if b == name {
			return true
		}
	}
	return false
}

func (s *globalScope) Get(key string) goja.Value {
	if s.built[key] {
		return nil
	}
	if isBuiltin(key) {
		s.built[key] = true
		v := s.inv.guardBuiltin(key, s.builtins.Get(key))
		s.define(key, v)
		s.inv.afterBuiltin(key, v)
		return v
	}
	g, ok := nodeGlobals[key]
	if !ok || !s.inv.nodeHas(g.since) {
		return nil
	}
	s.built[key] = true
	v := jsName(s.inv.rt, g.build(s.inv), key)
	s.define(key, v)
	return v
}

// define makes the global an ordinary own property of the target:
// writable and configurable, as Node's and ECMAScript's are.
func (s *globalScope) define(key string, v goja.Value) {
	_ = s.target.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (s *globalScope) Set(key string, v goja.Value) bool {
	s.built[key] = true
	s.define(key, v)
	return true
}

func (s *globalScope) Has(key string) bool {
	if key == s.probe {
		s.probed = true
	}
	if s.built[key] {
		return false
	}
	if isBuiltin(key) {
		return true
	}
	g, ok := nodeGlobals[key]
	return ok && s.inv.nodeHas(g.since)
}

func (s *globalScope) Delete(key string) bool {
	s.built[key] = true
	return true
}

func (s *globalScope) Keys() []string { return nil }

// served builds the global name onto the target when the scope still
// serves it, so that the target answers for it as Node's global would.
func (s *globalScope) served(name string) {
	if s.Has(name) {
		s.Get(name)
	}
}

func (s *globalScope) ownProperty(target *goja.Object, name string) goja.PropertyDescriptor {
	if s.plain[name] {
		return goja.PropertyDescriptor{Value: target.Get(name), Writable: goja.FLAG_TRUE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_TRUE}
	}
	s.served(name)
	rt := s.inv.rt
	if s.describe == nil {
		s.describe, _ = goja.AssertFunction(s.builtins.Get("Object").ToObject(rt).Get("getOwnPropertyDescriptor"))
	}
	v, err := s.describe(goja.Undefined(), target, rt.ToValue(name))
	if err != nil {
		panic(err)
	}
	d, ok := v.(*goja.Object)
	if !ok {
		return goja.PropertyDescriptor{}
	}
	desc := goja.PropertyDescriptor{Enumerable: flag(d.Get("enumerable")), Configurable: flag(d.Get("configurable"))}
	if get := d.Get("get"); get != nil {
		desc.Getter, desc.Setter = get, d.Get("set")
		return desc
	}
	desc.Value, desc.Writable = d.Get("value"), flag(d.Get("writable"))
	return desc
}

// symbols are the target's own symbol keys, enumerable or not (goja's
// Object.Symbols lists the enumerable ones only).
func (s *globalScope) symbols(target *goja.Object) []goja.Value {
	rt := s.inv.rt
	list, ok := goja.AssertFunction(s.builtins.Get("Object").ToObject(rt).Get("getOwnPropertySymbols"))
	if !ok {
		return nil
	}
	v, err := list(goja.Undefined(), target)
	if err != nil {
		panic(err)
	}
	var out []goja.Value
	_ = rt.ExportTo(v, &out)
	return out
}

func flag(v goja.Value) goja.Flag {
	if v != nil && v.ToBoolean() {
		return goja.FLAG_TRUE
	}
	return goja.FLAG_FALSE
}

func (s *globalScope) defineProperty(target *goja.Object, name string, desc goja.PropertyDescriptor) bool {
	delete(s.plain, name)
	s.served(name)
	var err error
	if desc.Getter != nil || desc.Setter != nil {
		err = target.DefineAccessorProperty(name, desc.Getter, desc.Setter, desc.Configurable, desc.Enumerable)
	} else {
		err = target.DefineDataProperty(name, desc.Value, desc.Writable, desc.Configurable, desc.Enumerable)
	}
	return err == nil
}

func (s *globalScope) deleteProperty(target *goja.Object, name string) bool {
	delete(s.plain, name)
	s.built[name] = true
	return target.Delete(name) == nil
}

// set assigns a global. Without this trap goja would ask the
// descriptor of the property first (ownProperty, a call into JS), and a
// loop over an undeclared variable in sloppy code ran seven times slower.
// A global the scope still serves is made an own property first, so that
// it keeps its attributes, as Node's does.
func (s *globalScope) set(target *goja.Object, name string, value, receiver goja.Value) bool {
	if receiver != s.global {
		return s.objectCallOf("Reflect", "set", target, s.inv.rt.ToValue(name), value, receiver)
	}
	s.served(name)
	// The scope is asked about name during the assignment only when the
	// target has no own property of that name: then the assignment made
	// a plain one (but where a setter up the prototype chain took it).
	s.probe, s.probed = name, false
	err := target.Set(name, value)
	fresh := s.probed
	s.probe, s.probed = "", false
	if err != nil {
		return false
	}
	if fresh {
		if s.plain == nil {
			s.plain = map[string]bool{}
		}
		s.plain[name] = true
	}
	return true
}

// preventExtensions first makes every global the scope still serves an
// own property of the target, which could take no new property after.
func (s *globalScope) preventExtensions(target *goja.Object) bool {
	s.serveAll()
	return s.objectCall("preventExtensions", target)
}

// setPrototypeOf first makes every global the scope still serves an own
// property of the target: the scope leaves its prototype chain.
func (s *globalScope) setPrototypeOf(target, proto *goja.Object) bool {
	s.serveAll()
	if proto == nil {
		return s.objectCall("setPrototypeOf", target, goja.Null())
	}
	return s.objectCall("setPrototypeOf", target, proto)
}

// serveAll makes every global the scope still serves an own property of
// the target.
func (s *globalScope) serveAll() {
	for _, name := range builtinGlobals {
		s.Get(name)
	}
	for name, g := range nodeGlobals {
		if s.inv.Node().AtLeast(g.since) {
			s.Get(name)
		}
	}
}

// objectCall calls goja's Object[name] with args and reports whether it
// returned.
func (s *globalScope) objectCall(name string, args ...goja.Value) bool {
	return s.objectCallOf("Object", name, args...)
}

// objectCallOf calls goja's built-in ns[name] with args and reports
// whether it returned something truthy.
func (s *globalScope) objectCallOf(ns, name string, args ...goja.Value) bool {
	rt := s.inv.rt
	fn, ok := goja.AssertFunction(s.builtins.Get(ns).ToObject(rt).Get(name))
	if !ok {
		return false
	}
	v, err := fn(goja.Undefined(), args...)
	return err == nil && v.ToBoolean()
}

// ownKeys are the target's keys and the globals not used yet, which
// Node's global object has as own properties from the start.
func (s *globalScope) ownKeys(target *goja.Object) *goja.Object {
	var keys []any
	for _, name := range target.GetOwnPropertyNames() {
		keys = append(keys, name)
	}
	for _, name := range builtinGlobals {
		if !s.built[name] {
			keys = append(keys, name)
		}
	}
	var node []string
	for name, g := range nodeGlobals {
		// Node(), not nodeHas: listing names uses none of them.
		if !s.built[name] && s.inv.Node().AtLeast(g.since) {
			node = append(node, name)
		}
	}
	sort.Strings(node)
	for _, name := range node {
		keys = append(keys, name)
	}
	for _, sym := range s.symbols(target) {
		keys = append(keys, sym)
	}
	return s.inv.rt.NewArray(keys...)
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
