// Package axios emulates the axios npm package (0.19 to 1.x) for hook code:
// the whole public surface (call forms, instances, config merging,
// interceptors, transforms, cancellation, error objects) is written in
// JavaScript in axios.js, because those are JavaScript semantics; the HTTP
// exchange itself goes through the Host's transport as a Go http.Request.
//
// Behaviour follows the Node http adapter of the version the hook requires
// (require('axios@0.21.4')), down to header names, default headers, the
// Content-Length it sets and the shapes of its errors; features.go lists
// which release changed what.
//
// Threading contract: Load and everything axios.js calls run on the
// invocation's JS goroutine; only the exchange in send.go runs elsewhere,
// and it comes back through Host.RegisterCallback.
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
	rt := h.Runtime()
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("features", featuresOf(v).object(rt))
	_ = native.Set("send", sendFunc(h))
	_ = native.Set("base64", base64Of)
	return script.Call(rt, native)
}
