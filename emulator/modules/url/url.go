// Package url is Node's url module for hooks: the WHATWG URL and
// URLSearchParams classes from goja_nodejs, and the legacy API (url.parse,
// format, resolve, resolveObject, Url) that hooks written for Node 8-12
// still call.
//
// The legacy API is Node 20's lib/url.js ported as a script
// (legacy.js): its Url objects are plain JS objects that hooks read and
// modify before formatting them again, so JS semantics are the point.
// Querystring parsing, escaping and IDNA come from Go.
//
// Every Load in a runtime returns the same exports, and Enable's globals
// are the same classes, so URL === require('url').URL as in Node. Nothing
// is built until a script first needs it: goja_nodejs's classes cost more
// than a hook that never uses them should pay.
package url

import (
	_ "embed"

	"github.com/dop251/goja"
	nodeurl "github.com/dop251/goja_nodejs/url"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// Module describes require('url').
func Module() modules.Module {
	return modules.Module{
		Name: "url",
		Load: func(h modules.Host, _ string) (goja.Value, error) {
			return exports(h.Runtime(), h.Warn), nil
		},
	}
}

// Exports returns rt's url module exports, the object Module's Load
// returns too; its members are made on first access. Deprecation notices
// from url.parse go nowhere unless Module's Load came first with a Host
// to record them.
func Exports(rt *goja.Runtime) *goja.Object {
	return exports(rt, func(string) {})
}

var (
	whatwgSlot  = goja.NewSymbol("hookemu.url.whatwg")
	exportsSlot = goja.NewSymbol("hookemu.url")
)

// whatwgBuilt reports whether whatwg has run for rt.
func whatwgBuilt(rt *goja.Runtime) bool {
	return rt.GlobalObject().GetSymbol(whatwgSlot) != nil
}

// whatwg is goja_nodejs's url module for rt: URL, URLSearchParams,
// domainToASCII and domainToUnicode.
func whatwg(rt *goja.Runtime) *goja.Object {
	global := rt.GlobalObject()
	if v, ok := global.GetSymbol(whatwgSlot).(*goja.Object); ok {
		return v
	}
	module := rt.NewObject()
	_ = module.Set("exports", rt.NewObject())
	nodeurl.Require(rt, module)
	exports := module.Get("exports").(*goja.Object)
	for _, name := range []string{"URL", "URLSearchParams", "domainToASCII", "domainToUnicode"} {
		if fn, ok := exports.Get(name).(*goja.Object); ok {
			// goja names native functions after their Go symbols.
			_ = fn.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	_ = exports.Set("URL", fixURLClass(rt, exports.Get("URL").(*goja.Object)))
	fixSearchParamsToString(rt, exports.Get("URLSearchParams").(*goja.Object))
	_ = global.DefineDataPropertySymbol(whatwgSlot, exports, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return exports
}

//go:embed legacy.js
var legacySource string

var legacyScript = modules.NewScript("url/legacy.js", legacySource)

// state is what the exports of one runtime are built from.
type state struct {
	warn   func(string)
	legacy *goja.Object // legacy.js's exports, once run
}

// table is the module's exports in Node's order, made on first access:
// the WHATWG classes do not need the legacy script, nor it them.
var table = lazy.TableOf(func() []lazy.Member[*state] {
	return []lazy.Member[*state]{
		legacyMember("Url"),
		legacyMember("parse"),
		legacyMember("resolve"),
		legacyMember("resolveObject"),
		legacyMember("format"),
		whatwgMember("URL"),
		whatwgMember("URLSearchParams"),
		whatwgMember("domainToASCII"),
		whatwgMember("domainToUnicode"),
		legacyMember("urlToHttpOptions"),
	}
})

func whatwgMember(name string) lazy.Member[*state] {
	return lazy.Member[*state]{Name: name, Build: func(rt *goja.Runtime, _ *state) goja.Value {
		return whatwg(rt).Get(name)
	}}
}

func legacyMember(name string) lazy.Member[*state] {
	return lazy.Member[*state]{Name: name, Build: func(rt *goja.Runtime, s *state) goja.Value {
		if s.legacy == nil {
			api, err := legacyScript.Call(rt, natives(rt, s.warn))
			if err != nil {
				panic(rt.NewGoError(err))
			}
			s.legacy = api.ToObject(rt)
		}
		return s.legacy.Get(name)
	}}
}

// exports is the module for rt, the same object on every call.
func exports(rt *goja.Runtime, warn func(string)) *goja.Object {
	global := rt.GlobalObject()
	if v, ok := global.GetSymbol(exportsSlot).(*goja.Object); ok {
		return v
	}
	obj := table.Object(rt, &state{warn: warn})
	_ = global.DefineDataPropertySymbol(exportsSlot, obj, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}
