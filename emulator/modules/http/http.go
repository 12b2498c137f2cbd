// Package http emulates Node's http and https modules for hooks, Actions
// and the packages they require, on top of the run's transport, so every
// rule of the harness holds for a raw https.request as it does for the
// shims: provider hosts reach the fakes, other hosts are blocked unless
// stubbed or allowed, every exchange is recorded and masked, and real
// mode goes through the recording proxy.
//
// The surface is JavaScript (http.js, https.js), written from nodejs.org's
// documentation and Node 20's observed behaviour: request and get,
// Agent with its options and maxSockets, globalAgent, ClientRequest (a
// legacy Stream, as in Node: write, end, the header methods, setTimeout
// and 'timeout', abort, destroy, and the 'socket', 'finish', 'response',
// 'error' and 'close' events), IncomingMessage (a stream.Readable),
// STATUS_CODES, METHODS, validateHeaderName and validateHeaderValue, with
// Node's error codes. What the wire carries is Node's too: no User-Agent
// of its own, Content-Length for a body given to end(), chunked for one
// written in pieces, answers delivered raw (chunked framing removed,
// gzip left to the caller) and redirects left to the caller.
//
// What differs: an answer arrives whole (bounded by
// httpkit.MaxResponseBody) rather than as the socket reads it, so a
// body comes as one 'data' chunk; response header names are Go's
// canonical spelling, sorted; a socket says 'connect' before the exchange
// starts, so also for a host that will refuse it; there is no server side.
//
// Threading contract: Load and everything http.js calls run on the
// invocation's JS goroutine; only the exchange runs elsewhere, and it
// comes back through Host.RegisterCallback.
package http

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name and HTTPSName are what hooks pass to require (or node:http,
// node:https).
const (
	Name      = "http"
	HTTPSName = "https"
)

var (
	//go:embed http.js
	httpSource string
	//go:embed https.js
	httpsSource string

	httpScript  = modules.NewScript("http.js", httpSource)
	httpsScript = modules.NewScript("https.js", httpsSource)
)

// Module describes http for the emulator's registry (a Node built-in,
// unversioned).
func Module() modules.Module { return modules.Module{Name: Name, Load: loadHTTP} }

// HTTPSModule describes https, which shares http's requests and adds its
// own Agent and globalAgent.
func HTTPSModule() modules.Module { return modules.Module{Name: HTTPSName, Load: loadHTTPS} }

func loadHTTP(h modules.Host, _ string) (goja.Value, error) {
	n, err := (&native{h: h}).bindings()
	if err != nil {
		return nil, err
	}
	_ = n.Set("METHODS", methods)
	_ = n.Set("STATUS_CODES", statusCodes)
	return httpScript.Call(h.Runtime(), n)
}

func loadHTTPS(h modules.Host, _ string) (goja.Value, error) {
	httpExports, err := modules.Require(h, Name)
	if err != nil {
		return nil, fmt.Errorf("https is built on http: %w", err)
	}
	n, err := (&native{h: h}).bindings()
	if err != nil {
		return nil, err
	}
	_ = n.Set("http", httpExports)
	return httpsScript.Call(h.Runtime(), n)
}
