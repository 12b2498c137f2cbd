// Package modules is the contract between the emulator and the Go packages
// that implement the npm and Node modules hooks require (axios, twilio,
// request, querystring, ...). Each module lives in its own subpackage and
// exports a Module value describing it; the emulator registers them all in
// one place and hands each a Host for one invocation.
//
// Threading contract: a module's code runs on the invocation's JS goroutine
// and may touch the goja runtime only there. Work that blocks (HTTP) runs on
// another goroutine and comes back through a callback from
// Host.RegisterCallback; httpkit.Send does that dance for HTTP so modules
// rarely need to.
//
// What shims share for HTTP and bytes (exchanges, Node's network errors
// and header rules, decompression) is package httpkit, so that this one
// stays the contract: Host, Module, Require, versions and limits.
package modules

import (
	"context"
	"net/http"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/runtimes"
)

// Host is what the emulator lends a module for one invocation.
type Host interface {
	// Runtime is the invocation's JS runtime; JS goroutine only.
	Runtime() *goja.Runtime
	// Context ends when the invocation ends (time limit, grace over);
	// safe from any goroutine.
	Context() context.Context
	// Transport carries every HTTP request the hook makes: the harness
	// routes it to a fake, or through a recording proxy in real mode.
	// Safe from any goroutine.
	Transport() http.RoundTripper
	// RegisterCallback keeps the invocation alive until the returned
	// function is called, exactly once, from any goroutine, with work to
	// run on the JS goroutine.
	RegisterCallback() func(func() error)
	// Action reports whether the code is an Auth0 Action (Node 18+
	// semantics) rather than a legacy Hook (Node 12).
	Action() bool
	// Node is the Node runtime the code runs on (process.version, what
	// a shim writes into its User-Agent), never the zero Runtime.
	Node() runtimes.Runtime
	// Getenv reads the emulated process.env (never the host's).
	Getenv(name string) (string, bool)
	// Warn records a problem the user should see, such as a deprecation
	// notice the real library would print.
	Warn(message string)
}

// Module describes one requireable module.
type Module struct {
	// Name is what hooks pass to require, without a version.
	Name string
	// Versions lists the released versions the shim emulates, oldest
	// first. Empty means the module is not versioned (Node built-ins).
	Versions []string
	// HookDefault and ActionDefault are the versions a require without a
	// version gets, as Webtask and Actions pinned them.
	HookDefault, ActionDefault string
	// Load builds the module's exports for one runtime. version is always
	// one of Versions (or "" for built-ins).
	Load func(h Host, version string) (goja.Value, error)
}

// ActionOnly reports whether code on h may use what only Actions have (a
// module that needs Node 18). While the emulator is still learning
// whether the code is a Hook or an Action, the answer is no, and asking
// makes it try the code again as an Action: hosts that learn kinds
// implement ActionOnly() bool; for the others it is Action().
func ActionOnly(h Host) bool {
	if learner, ok := h.(interface{ ActionOnly() bool }); ok {
		return learner.ActionOnly()
	}
	return h.Action()
}
