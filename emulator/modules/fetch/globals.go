package fetch

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// GlobalNames lists the globals Global builds: what Node 18+ gives every
// module for fetching. Node 12 (legacy Hooks) had none of them, so the
// emulator installs them for Actions only; Global itself does not check.
var GlobalNames = []string{
	"fetch", "Headers", "Request", "Response", "FormData",
	"AbortController", "AbortSignal", "DOMException", "Event", "EventTarget",
}

// groups maps each global to the group of classes built with it.
var groups = map[string]string{
	"fetch": "web", "Headers": "web", "Request": "web", "Response": "web",
	"FormData":        "formData",
	"AbortController": "abort", "AbortSignal": "abort", "DOMException": "abort", "Event": "abort", "EventTarget": "abort",
}

// Global returns the named global for h's runtime, building its group on
// first use (fetch and its classes, FormData, or the abort classes). The
// groups share one state per runtime, so that `new Response() instanceof
// Response` holds and fetch honours any AbortSignal. ok is false for a
// name not in GlobalNames.
func Global(h modules.Host, name string) (goja.Value, bool) {
	group, ok := groups[name]
	if !ok {
		return nil, false
	}
	classes, err := groupOf(h, group)
	if err != nil {
		panic(h.Runtime().NewGoError(err))
	}
	return classes.Get(name), true
}

// Globals returns every global in GlobalNames, for an emulator that
// installs them eagerly.
func Globals(h modules.Host) map[string]goja.Value {
	out := make(map[string]goja.Value, len(GlobalNames))
	for _, name := range GlobalNames {
		out[name], _ = Global(h, name)
	}
	return out
}

// slot keeps a runtime's kit on its global object, under a symbol no
// script can name.
var slot = goja.NewSymbol("hookemu.fetch")

// kitOf returns the runtime's fetch.js kit ({web(), nodeFetch(features)}),
// running the script on first use.
func kitOf(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	global := rt.GlobalObject()
	if k, ok := global.GetSymbol(slot).(*goja.Object); ok {
		return k, nil
	}
	v, err := script.Call(rt, (&native{h: h}).object())
	if err != nil {
		return nil, err
	}
	k := v.ToObject(rt)
	if err := global.DefineDataPropertySymbol(slot, k, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	return k, nil
}

func groupOf(h modules.Host, group string) (*goja.Object, error) {
	k, err := kitOf(h)
	if err != nil {
		return nil, err
	}
	build, _ := goja.AssertFunction(k.Get(group))
	v, err := build(goja.Undefined())
	if err != nil {
		return nil, err
	}
	return v.ToObject(h.Runtime()), nil
}
