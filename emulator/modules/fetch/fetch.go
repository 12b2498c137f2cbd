// Package fetch emulates the fetch-style HTTP clients of hook and Action
// code: node-fetch 2 for require('node-fetch'), and the WHATWG globals
// Node 18+ gives Actions (fetch, Headers, Request, Response, FormData,
// AbortController, AbortSignal, DOMException, Event, EventTarget) as Node
// 20's undici implements them.
//
// The surface (classes, body mixins, redirects, abort signals, error
// objects) is written in JavaScript in fetch.js, because those are
// JavaScript semantics; each exchange goes through the Host's transport as
// a Go http.Request (send.go). What the shim reproduces, checked against
// node-fetch's tagged sources and against Node 20 running the real
// libraries:
//
//   - The headers each library puts on the wire: undici adds accept */*,
//     accept-language *, sec-fetch-mode cors, user-agent node and
//     accept-encoding "gzip, deflate" ("br, gzip, deflate" over https);
//     node-fetch adds Accept */*, User-Agent "node-fetch/1.0
//     (+https://github.com/bitinn/node-fetch)", Accept-Encoding
//     gzip,deflate and, up to 2.6.12, Connection: close. Content-Length
//     where each sends one, and the Content-Type a string (text/plain;
//     charset=UTF-8), URLSearchParams or FormData body implies.
//   - Responses resolve for every status; network failures reject with
//     TypeError "fetch failed" whose cause is Node's error (undici), or a
//     FetchError "request to URL failed, reason: ..." with type "system",
//     code and errno (node-fetch). Redirects are followed as each library
//     does, header stripping across origins included.
//   - Bodies read once ("Body is unusable: Body has already been read" /
//     "body used already for: URL"); json() fails with V8's own SyntaxError
//     message.
//   - AbortController aborts cancel the request in flight and reject with
//     the signal's reason (a DOMException AbortError, or TimeoutError for
//     AbortSignal.timeout), or node-fetch's AbortError.
//
// AbortSignal.timeout has no timer of its own: as in Node, where its timer
// does not keep the process alive, a pending timeout does not keep the
// invocation alive. A fetch given the signal gets its deadline, and the
// signal reads as aborted once the time has passed; but an 'abort'
// listener on it runs only when a fetch, or a read of aborted or reason,
// finds the time passed.
//
// The globals come in three groups, each built on first use (Global): the
// fetch classes, FormData, and the abort classes (AbortController,
// AbortSignal, DOMException, Event, EventTarget). A fetch without a signal
// never builds the last.
//
// Threading contract: everything but the exchange itself runs on the
// invocation's JS goroutine; the exchange comes back through
// Host.RegisterCallback.
package fetch

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what hooks pass to require for node-fetch.
const Name = "node-fetch"

//go:embed fetch.js
var source string

var script = modules.NewScript("fetch.js", source)

// versions lists the node-fetch 2 releases on npm, oldest first.
var versions = []string{
	"2.6.0", "2.6.1", "2.6.2", "2.6.3", "2.6.4", "2.6.5", "2.6.6", "2.6.7",
	"2.6.8", "2.6.9", "2.6.10", "2.6.11", "2.6.12", "2.6.13", "2.7.0",
}

// Module describes node-fetch for the emulator's registry. Hooks get 2.6.1,
// the release most lock files of the Node 12 era pinned (the first with
// the 2020 security fix); Actions, whose require of node-fetch 3 fails
// (it is ESM only), get the last 2.x.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      append([]string(nil), versions...),
		HookDefault:   "2.6.1",
		ActionDefault: versions[len(versions)-1],
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	k, err := kitOf(h)
	if err != nil {
		return nil, err
	}
	build, _ := goja.AssertFunction(k.Get("nodeFetch"))
	return build(goja.Undefined(), featuresOf(v).object(h.Runtime()))
}

// features is what changed between node-fetch releases, from the tags'
// sources.
type features struct {
	// 2.6.1: the redirect: 'error' message starts "uri requested responds
	// with a redirect".
	redirectMessage bool
	// 2.6.3: URLs with a scheme go through WHATWG URL, which throws for an
	// invalid one: whatwg-url's plain TypeError up to 2.6.5, Node's own
	// (code ERR_INVALID_URL, input) from 2.6.6.
	whatwgURL, nodeURLError bool
	// 2.6.3 only: the query string never reaches the wire (fixed in 2.6.4).
	dropsQuery bool
	// 2.6.7: an unparsable Location is an "invalid-redirect" FetchError,
	// and a redirect to another host drops Authorization, Cookie and
	// WWW-Authenticate.
	invalidRedirect, stripCrossOrigin bool
	// 2.6.8: so does a change of protocol.
	sameProtocol bool
	// Up to 2.6.12: Connection: close unless an agent is given.
	connectionClose bool
	// 2.7.0: AbortError is exported.
	exportsAbortError bool
}

func featuresOf(v modules.Version) features {
	return features{
		redirectMessage:   !v.Less(modules.MustVersion("2.6.1")),
		whatwgURL:         !v.Less(modules.MustVersion("2.6.3")),
		nodeURLError:      !v.Less(modules.MustVersion("2.6.6")),
		dropsQuery:        v == modules.MustVersion("2.6.3"),
		invalidRedirect:   !v.Less(modules.MustVersion("2.6.7")),
		stripCrossOrigin:  !v.Less(modules.MustVersion("2.6.7")),
		sameProtocol:      !v.Less(modules.MustVersion("2.6.8")),
		connectionClose:   v.Less(modules.MustVersion("2.6.13")),
		exportsAbortError: v.AtLeast(2, 7),
	}
}

func (f features) object(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("redirectMessage", f.redirectMessage)
	_ = obj.Set("whatwgURL", f.whatwgURL)
	_ = obj.Set("nodeURLError", f.nodeURLError)
	_ = obj.Set("dropsQuery", f.dropsQuery)
	_ = obj.Set("invalidRedirect", f.invalidRedirect)
	_ = obj.Set("stripCrossOrigin", f.stripCrossOrigin)
	_ = obj.Set("sameProtocol", f.sameProtocol)
	_ = obj.Set("connectionClose", f.connectionClose)
	_ = obj.Set("exportsAbortError", f.exportsAbortError)
	return obj
}
