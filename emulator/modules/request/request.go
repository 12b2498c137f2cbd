// Package request emulates the deprecated request npm package (2.79 to
// 2.88.2), which old hooks still use: request(options|url[, options],
// callback), the verb helpers, defaults(), and the event-emitter surface
// hooks use without piping (on('response'|'data'|'end'|'complete'|'error'),
// abort()).
//
// The surface is written in JavaScript in request.js, following request's
// own option handling; the exchange goes through the Host's transport as a
// Go http.Request (send.go). What the shim reproduces, checked against
// request 2.88.2 running under Node 20:
//
//   - The request on the wire: no User-Agent and no Accept unless json is
//     set (then accept: application/json, and content-type for a body),
//     content-length for every body and 0 for a body-less non-GET,
//     accept-encoding "gzip, deflate" only with gzip, Basic or Bearer
//     authorization, qs and form encoded by qs 6.5 (a[0]=1, RFC 3986),
//     formData as form-data's multipart.
//   - The callback (error, response, body): error only for a transport
//     failure (Node's own error: getaddrinfo ENOTFOUND host, connect
//     ECONNREFUSED, or ETIMEDOUT / ESOCKETTIMEDOUT with code and connect),
//     never for a 4xx or 5xx; body a string, a Buffer with encoding null,
//     parsed JSON with json; response with statusCode, statusMessage,
//     lower-case headers, body, request {uri, method, headers} and toJSON.
//   - Redirects followed for GET and HEAD (followRedirect), for every
//     method with followAllRedirects, up to maxRedirects (10).
//
// Threading contract: Load and everything request.js calls run on the
// invocation's JS goroutine; only the exchange in send.go runs elsewhere,
// and it comes back through Host.RegisterCallback.
package request

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what hooks pass to require.
const Name = "request"

//go:embed request.js
var source string

var script = modules.NewScript("request.js", source)

// versions lists the emulated releases, oldest first: what hooks of the
// Node 8 to 12 era pinned, up to the last one.
var versions = []string{
	"2.79.0", "2.80.0", "2.81.0", "2.82.0", "2.83.0", "2.84.0", "2.85.0",
	"2.86.0", "2.87.0", "2.88.0", "2.88.2",
}

// Module describes request for the emulator's registry; Hooks and Actions
// both get the last release, the one npm installs.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      append([]string(nil), versions...),
		HookDefault:   "2.88.2",
		ActionDefault: "2.88.2",
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	n := (&native{h: h}).object()
	features := h.Runtime().NewObject()
	// 2.83.0 added request.options(url, ...).
	_ = features.Set("optionsVerb", v.AtLeast(2, 83))
	_ = n.Set("features", features)
	return script.Call(h.Runtime(), n)
}
