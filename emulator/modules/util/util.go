// Package util is Node's util module for hooks, and the formatter the
// emulator's console uses.
//
// Format and Inspect reproduce Node 20's util.format and util.inspect
// output (the layout rules, not only the content), so that what a hook
// logs under hookemu reads as it would in Auth0's logs. Node 12 Hooks get
// the few differences that show in logs through Options.Legacy.
//
// Unlike Node, inspection never runs hook code: getters print as
// [Getter], proxies as their targets, and only the engine's own
// intrinsics are called. Every call is bounded (MaxOutput bytes, MaxDepth
// levels) and recovers from anything the value throws, because the
// console formats whatever a hook hands it, including hostile values.
//
// Load allocates next to nothing: each export is made when a script first
// reads it (package lazy).
package util

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// Module describes require('util').
func Module() modules.Module {
	return modules.Module{Name: "util", Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	u := &module{rt: h.Runtime(), host: h, opts: DefaultOptions()}
	u.opts.Legacy = !h.Action()
	return utilTable.Object(u.rt, u), nil
}

// utilTable is util's exports, in the order Object.keys lists them.
var utilTable = lazy.TableOf(func() []lazy.Member[*module] {
	return append([]lazy.Member[*module]{
		lazy.Func("format", (*module).format),
		lazy.Func("formatWithOptions", (*module).formatWithOptions),
		lazy.Func("inherits", (*module).inherits),
		{Name: "inspect", Build: func(_ *goja.Runtime, u *module) goja.Value { return u.inspectFunction() }},
		lazy.Func("deprecate", (*module).deprecate),
		lazy.Func("debuglog", (*module).debuglog),
		lazy.Alias[*module]("debug", "debuglog"),
		lazy.Func("isDeepStrictEqual", (*module).isDeepStrictEqual),
		{Name: "promisify", Build: func(_ *goja.Runtime, u *module) goja.Value { return u.promisifyFunction() }},
		lazy.Func("callbackify", (*module).callbackify),
		lazy.Func("stripVTControlCharacters", (*module).stripVTControlCharacters),
		lazy.Func("toUSVString", (*module).toUSVString),
		{Name: "types", Build: func(rt *goja.Runtime, u *module) goja.Value { return typesTable.Object(rt, u) }},
		{Name: "TextEncoder", Build: func(rt *goja.Runtime, _ *module) goja.Value { e, _ := textcoding.Classes(rt, received(rt)); return e }},
		{Name: "TextDecoder", Build: func(rt *goja.Runtime, _ *module) goja.Value { _, d := textcoding.Classes(rt, received(rt)); return d }},
		lazy.Func("getSystemErrorName", (*module).getSystemErrorName),
		lazy.Func("getSystemErrorMap", (*module).getSystemErrorMap),
		lazy.Func("_extend", (*module).extend),
	}, legacyChecks...)
})

// module is util's exports for one runtime.
type module struct {
	rt   *goja.Runtime
	host modules.Host
	opts Options
	// warned holds the deprecation codes already reported, as Node warns
	// once per code.
	warned map[string]bool
}

func (u *module) format(call goja.FunctionCall) goja.Value {
	return u.rt.ToValue(FormatWith(u.rt, u.opts, call.Arguments))
}

func (u *module) formatWithOptions(call goja.FunctionCall) goja.Value {
	opts := u.options(call.Argument(0))
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = call.Arguments[1:]
	}
	return u.rt.ToValue(FormatWith(u.rt, opts, args))
}

// inspectFunction is util.inspect, with inspect.custom.
func (u *module) inspectFunction() *goja.Object {
	inspect := u.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		opts := u.opts
		if o, ok := call.Argument(1).(*goja.Object); ok {
			opts = u.options(o)
		} else if len(call.Arguments) > 1 {
			opts = u.legacyOptions(call.Arguments[1:])
		}
		return u.rt.ToValue(InspectWith(u.rt, call.Argument(0), opts))
	}).(*goja.Object)
	_ = inspect.DefineDataProperty("name", u.rt.ToValue("inspect"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = inspect.Set("custom", symbolFor(u.rt, "nodejs.util.inspect.custom"))
	return inspect
}

// symbolFor is Symbol.for(key): the registry is only reachable from JS.
func symbolFor(rt *goja.Runtime, key string) goja.Value {
	if symbol, ok := rt.Get("Symbol").(*goja.Object); ok {
		if fn, ok := goja.AssertFunction(symbol.Get("for")); ok {
			if v, err := fn(symbol, rt.ToValue(key)); err == nil {
				return v
			}
		}
	}
	return goja.NewSymbol(key)
}
