// Package axios emulates the axios npm package (0.19 to 1.x) for hook code:
// the whole public surface (call forms, instances, config merging,
// interceptors, transforms, cancellation, error objects) is written in
// JavaScript in axios.js, because those are JavaScript semantics; the HTTP
// exchange itself goes through the Host's transport as a Go http.Request.
//
// Every invocation requires axios in a fresh runtime, so what requiring
// and one request cost is paid every time: running axios.js alone builds
// some hundreds of function objects. The module therefore starts as a
// native surface (surface.go) that makes the common request natively
// (native.go and precheck.go decide and prepare it, dispatch.go,
// headers.go and exchange.go carry it out) on configs held in Go
// (model.go, merge.go, defaults.go), and runs axios.js only when a hook
// needs more of it (upgrade.go); materialize.go builds the JS objects a
// hook is given from the Go ones, as axios.js would have. axios.js stays
// the reference: native_test.go runs every scenario both ways.
//
// Behaviour follows the Node http adapter of the version the hook requires
// (require('axios@0.21.4')), down to header names, default headers, the
// Content-Length it sets and the shapes of its errors; features.go lists
// which release changed what.
//
// Threading contract: Load, the native path and everything axios.js calls
// run on the invocation's JS goroutine; only the exchange (httpkit.Send,
// and send.go's for axios.js) runs elsewhere, and it comes back through
// Host.RegisterCallback. What every runtime shares (the defaults of a
// release, the members axios.js defines) is built once and only read.
package axios

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what hooks pass to require.
const Name = "axios"

//go:embed axios.js
var source string

var script = modules.NewScript("axios.js", source)

// Versions lists the emulated releases, oldest first.
var versions = []string{
	"0.19.0", "0.19.2", "0.20.0", "0.21.1", "0.21.4", "0.22.0", "0.23.0",
	"0.24.0", "0.25.0", "0.26.1", "0.27.2",
	"1.0.0", "1.1.3", "1.2.6", "1.3.6", "1.4.0", "1.5.1", "1.6.8", "1.7.9",
	"1.8.4", "1.9.0", "1.10.0", "1.11.0", "1.12.2", "1.13.6",
}

// Module describes axios for the emulator's registry. Hooks get 0.19.2
// (what Webtask's Node 12 hooks ran), Actions the newest emulated 1.x.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      append([]string(nil), versions...),
		HookDefault:   "0.19.2",
		ActionDefault: versions[len(versions)-1],
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	m, err := newModule(h, version)
	if err != nil {
		return nil, err
	}
	return m.shells[0].proxy, nil
}

// module is axios required once, in one runtime.
type module struct {
	model
	h       modules.Host
	version string
	f       features
	// forceJS sends every call to axios.js (tests compare the paths).
	forceJS bool

	shells   []*shell
	traps    *goja.ProxyTrapConfig
	upgraded bool
	js       *jsInternals
	defaults *object // the pristine defaults, as the native path sees them

	// slots hold the defaults shared by reference (see slot): stubs that
	// stand in for axios.js's functions until it runs (delegates then
	// holds what they stand for), or what axios.js adopted.
	slots     [slotCount]goja.Value
	delegates [slotCount]goja.Value

	clientRequestFn *goja.Object // ClientRequest, made once per runtime
	standIn         *goja.Object // see headersStandIn
	jsonFns         *jsonFns

	// ticker and pending carry the dispatches that wait for a tick
	// (before 0.21.2; see start).
	ticker  *goja.Object
	pending []*outbound
}

func newModule(h modules.Host, version string) (*module, error) {
	f, err := featuresFor(version)
	if err != nil {
		return nil, err
	}
	rt := h.Runtime()
	m := &module{
		model:   model{rt: rt, v1: f.v1, objectProto: rt.NewObject().Prototype()},
		h:       h,
		version: version,
		f:       f,
	}
	m.newShell(nil)
	return m, nil
}
