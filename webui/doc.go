// Package webui is hookemu serve's web interface: the inbox of every
// message the fakes received (GET /), one message with its whole HTTP
// exchange (GET /messages/{id}) and the runner that runs a hook or Action
// from the browser (GET /run).
//
// The pages are static HTML, CSS and JavaScript embedded in the binary
// (no build step, nothing fetched from the internet) and served by
// Pages under a Content-Security-Policy of default-src 'self' with no
// inline script or style. Everything they show comes from the REST API
// under /_hookemu/api/v1/ (package fakeserver's doc lists it) and its
// event stream, so what a person sees a script can read too; every
// request of theirs that changes something carries the session token
// (header X-Hookemu-Token).
//
// Pages answer GET and HEAD only, and 404 with {"error": "..."} for any
// other path. Which Host may reach them, and which browser requests may
// change state, is the server's concern (fakeserver's "Pages and
// safety").
//
// # The runner API
//
// Runner answers the runner's endpoints, which fakeserver mounts under
// /_hookemu/api/v1/ (Config.Runner):
//
//	GET  hooks     [{name, title, kind, trigger, code, demo_secrets: [names]}], every embedded hook and Action
//	POST run       {hook | code + name, secrets, payload, runtime} -> the object `hookemu run --json` prints
//	POST check     the same -> the object `hookemu check --json` prints
//	POST migrate   {hook | code + name} -> {code: the Action, notes: [{line, todo, message}], failure}
//	POST diff      {old: {hook | code + name}, new: {...}, secrets, payload, runtime} -> `hookemu diff --json`'s object
//
// hook names an embedded hook; code is pasted code (at most MaxCode
// bytes), name only its label. payload is merged over the Auth0 runner's
// example, as --payload is; runtime is node12, node16, node18 or node22
// (default: the kind's). With no secrets, a documented hook, embedded or
// pasted unchanged, runs with its demo secrets, as the CLI does; secrets
// given are masked in every answer and never logged. A run sends to the
// server's own fakes, so what it sends shows in the inbox; check and diff
// use fakes of their own.
package webui
