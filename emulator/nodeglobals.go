package emulator

import (
	"sort"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// nodeGlobal is one global Node gives every module, from the Node major
// that has it without a flag. build makes it on first use.
type nodeGlobal struct {
	since int
	build func(inv *invocation) goja.Value
}

// nodeGlobals is THE list of the globals a runtime has (check asks it
// through Globals too), beyond ECMAScript's own, and the few of
// ECMAScript's that goja lacks (defined as unemulated). since is the first Node
// major whose scripts see the global with no flag, from the "added" and
// "changes" history of each entry in Node's doc/api/globals.md
// (https://nodejs.org/api/globals.html#NAME): AbortController, Event and
// EventTarget v15.0.0; atob/btoa and performance v16.0.0; structuredClone
// and DOMException v17.0.0; fetch, Headers, Request, Response, FormData,
// Blob and BroadcastChannel v18.0.0; crypto was behind
// --experimental-global-webcrypto until v19.0.0 (nodejs/node#42083), as
// was CustomEvent until v19.0.0; File v20.0.0; navigator v21.0.0;
// WebSocket behind --experimental-websocket until v22.0.0
// (nodejs/node#51594).
var nodeGlobals = withFetchGlobals(map[string]nodeGlobal{
	// global is set on the global object as a run starts; listed here
	// for Globals.
	"global":          {0, func(inv *invocation) goja.Value { return inv.rt.GlobalObject() }},
	"console":         {0, func(inv *invocation) goja.Value { return inv.console() }},
	"setTimeout":      {0, func(inv *invocation) goja.Value { return inv.timerFunc(false) }},
	"setInterval":     {0, func(inv *invocation) goja.Value { return inv.timerFunc(true) }},
	"setImmediate":    {0, func(inv *invocation) goja.Value { return inv.rt.ToValue(inv.setImmediate) }},
	"clearTimeout":    {0, func(inv *invocation) goja.Value { return inv.rt.ToValue(inv.clearTimer) }},
	"clearInterval":   {0, func(inv *invocation) goja.Value { return inv.rt.ToValue(inv.clearTimer) }},
	"clearImmediate":  {0, func(inv *invocation) goja.Value { return inv.rt.ToValue(inv.clearTimer) }},
	"process":         {0, func(inv *invocation) goja.Value { return inv.processObject() }},
	"Buffer":          {0, func(inv *invocation) goja.Value { return inv.requireExport("buffer", "Buffer") }},
	"URL":             {10, func(inv *invocation) goja.Value { return inv.requireExport("url", "URL") }},
	"URLSearchParams": {10, func(inv *invocation) goja.Value { return inv.requireExport("url", "URLSearchParams") }},
	"TextEncoder":     {11, func(inv *invocation) goja.Value { return inv.requireExport("util", "TextEncoder") }},
	"TextDecoder":     {11, func(inv *invocation) goja.Value { return inv.requireExport("util", "TextDecoder") }},
	"queueMicrotask":  {11, func(inv *invocation) goja.Value { return inv.rt.ToValue(inv.queueMicrotask) }},
	"MessageChannel":  {15, func(inv *invocation) goja.Value { return inv.requireExport("worker_threads", "MessageChannel") }},
	"atob":            {16, func(inv *invocation) goja.Value { return inv.requireExport("buffer", "atob") }},
	"btoa":            {16, func(inv *invocation) goja.Value { return inv.requireExport("buffer", "btoa") }},
	"performance":     {16, func(inv *invocation) goja.Value { return inv.performance() }},
	"structuredClone": {17, func(inv *invocation) goja.Value { return inv.runHelper(structuredCloneProgram()) }},
	"Blob":            {18, unemulatedGlobal("Blob")},
	"BroadcastChannel": {18, func(inv *invocation) goja.Value {
		return inv.requireExport("worker_threads", "BroadcastChannel")
	}},
	"crypto":      {19, func(inv *invocation) goja.Value { return inv.requireExport("crypto", "webcrypto") }},
	"CustomEvent": {19, unemulatedGlobal("CustomEvent")},
	"File":        {20, unemulatedGlobal("File")},
	"navigator":   {21, func(inv *invocation) goja.Value { return inv.navigator() }},
	"WebSocket":   {22, unemulatedGlobal("WebSocket")},
	// ECMAScript's own that goja lacks; Node has had them since before
	// Node 12, WeakRef and FinalizationRegistry since v14.6.0.
	"Intl":                 {0, unemulatedNamespace("Intl")},
	"WebAssembly":          {0, unemulatedNamespace("WebAssembly")},
	"Atomics":              {0, unemulatedNamespace("Atomics")},
	"SharedArrayBuffer":    {0, unemulatedGlobal("SharedArrayBuffer")},
	"WeakRef":              {14, unemulatedGlobal("WeakRef")},
	"FinalizationRegistry": {14, unemulatedGlobal("FinalizationRegistry")},
})

// fetchSince is when the fetch shim's globals came: the abort classes
// (and Event, EventTarget) with Node 15, DOMException as a global with
// 17, the fetch family with 18.
var fetchSince = map[string]int{
	"AbortController": 15, "AbortSignal": 15, "Event": 15, "EventTarget": 15,
	"DOMException": 17,
	"fetch":        18, "Headers": 18, "Request": 18, "Response": 18, "FormData": 18,
}

// withFetchGlobals adds the fetch shim's globals, built by it one group
// at a time on first use.
func withFetchGlobals(m map[string]nodeGlobal) map[string]nodeGlobal {
	for _, name := range fetch.GlobalNames {
		since, ok := fetchSince[name]
		if !ok {
			panic("emulator: no Node version for the global " + name)
		}
		m[name] = nodeGlobal{since, func(inv *invocation) goja.Value {
			v, _ := fetch.Global(inv, name)
			return v
		}}
	}
	return m
}

// Globals lists the globals (beyond ECMAScript's) that code running on r
// has, sorted: the ones a run defines, which check takes as declared.
func Globals(r runtimes.Runtime) []string {
	var names []string
	for name, g := range nodeGlobals {
		if r.AtLeast(g.since) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// FirstRuntimeWith is the oldest runtime that has the global name; ok is
// false for a name that is no Node global of any runtime.
func FirstRuntimeWith(name string) (r runtimes.Runtime, ok bool) {
	g, known := nodeGlobals[name]
	if !known {
		return runtimes.Runtime{}, false
	}
	for _, r := range runtimes.All() {
		if r.AtLeast(g.since) {
			return r, true
		}
	}
	return runtimes.Runtime{}, false
}

// nodeHas reports whether the code's runtime has what came in Node
// since. While the kind is still being learned and no runtime was named,
// the answer is the Hook's, and asking for what only a newer runtime has
// makes the emulator try the code again as an Action.
func (inv *invocation) nodeHas(since int) bool {
	if inv.hook.Runtime.IsZero() && inv.hook.Kind == "" && since > runtimes.Default(false).Major() {
		inv.usedActionOnly = true
	}
	return inv.Node().AtLeast(since)
}
