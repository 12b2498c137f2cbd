package modules

import (
	"fmt"
	"strings"
	"sync"

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

// Script is a module surface written in JavaScript, compiled once per
// process and run in each runtime that requires it. Shims use JS where the
// library's semantics are JS semantics (promise chains of interceptors,
// prototypes of error classes) and Go for everything that touches I/O.
//
// The source must be a single function expression taking the native
// bindings object and returning the module's exports.
type Script struct {
	name, source string
	once         sync.Once
	program      *goja.Program
	err          error
}

// NewScript prepares a script; compilation happens on first use.
func NewScript(name, source string) *Script {
	return &Script{name: name, source: source}
}

// Call runs the script's factory in rt with native and returns what it
// returns.
func (s *Script) Call(rt *goja.Runtime, native any) (goja.Value, error) {
	s.once.Do(func() {
		s.program, s.err = goja.Compile(s.name, "("+s.source+")", true)
	})
	if s.err != nil {
		return nil, fmt.Errorf("compile %s: %w", s.name, s.err)
	}
	factory, err := rt.RunProgram(s.program)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(factory)
	if !ok {
		return nil, fmt.Errorf("%s does not evaluate to a function", s.name)
	}
	return fn(goja.Undefined(), rt.ToValue(native))
}
