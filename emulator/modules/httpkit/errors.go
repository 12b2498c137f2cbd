package httpkit

import (
	"strings"

	"github.com/dop251/goja"
)

// NewError creates a JS Error (a real instance, so `instanceof Error` and
// `.stack` work in the hook) with extra own properties.
func NewError(rt *goja.Runtime, message string, fields map[string]any) *goja.Object {
	obj, err := rt.New(rt.Get("Error"), rt.ToValue(message))
	if err != nil {
		panic(rt.NewTypeError(message))
	}
	for k, v := range fields {
		_ = obj.Set(k, v)
	}
	return obj
}

// NetErrorObject is the Error a Node library passes on for a failed
// exchange (NetErrorError of NetErrorJS with a bare errno).
func NetErrorObject(rt *goja.Runtime, e *NetError) *goja.Object {
	return NetErrorError(rt, NetErrorJS(rt, e, true))
}

// NetErrorError is the Error Node's net and dns layers give, made from a
// NetErrorJS description: message, then errno, code, syscall, hostname,
// address and port, those the description has, in Node's order. It is
// the one way the shims (Go halves, and JS halves through their native
// netError) make such an error.
func NetErrorError(rt *goja.Runtime, desc *goja.Object) *goja.Object {
	e := NewError(rt, desc.Get("message").String(), nil)
	for _, name := range []string{"errno", "code", "syscall", "hostname"} {
		if v := desc.Get(name); v != nil && !goja.IsUndefined(v) {
			_ = e.Set(name, v)
		}
	}
	if v := desc.Get("address"); v != nil && !goja.IsUndefined(v) {
		_ = e.Set("address", v)
		_ = e.Set("port", desc.Get("port"))
	}
	return e
}

// NetErrorJS is a plain object describing e (message, code, errno,
// syscall and, where known, hostname, address and port) for a shim whose
// JS half builds the Node error itself, so that its properties come in
// Node's order. bareErrno says whether an errno comes without a syscall
// (a socket hang up): the errors axios and twilio-node pass on carry it,
// those request and fetch pass on do not, zlib's Z_ errors aside.
func NetErrorJS(rt *goja.Runtime, e *NetError, bareErrno bool) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("message", e.Message)
	_ = obj.Set("code", e.Code)
	if e.Errno != 0 && (bareErrno || e.Syscall != "" || strings.HasPrefix(e.Code, "Z_")) {
		_ = obj.Set("errno", e.Errno)
	}
	if e.Syscall != "" {
		_ = obj.Set("syscall", e.Syscall)
	}
	if e.Hostname != "" {
		_ = obj.Set("hostname", e.Hostname)
	}
	if e.Address != "" {
		_ = obj.Set("address", e.Address)
		_ = obj.Set("port", e.Port)
	}
	return obj
}

// ClientErrorJS is NetErrorJS as the HTTP client libraries built on Node's
// http (axios, twilio-node, the AWS SDKs) pass the error on: with a bare
// errno, and with timedOut, which decides whether the library reports
// its own time-out instead.
func ClientErrorJS(rt *goja.Runtime, e *NetError) *goja.Object {
	obj := NetErrorJS(rt, e, true)
	_ = obj.Set("timedOut", e.TimedOut)
	return obj
}
