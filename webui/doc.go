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
// # The runner
//
// Runner answers the runner's endpoints under /_hookemu/api/v1/ (hooks,
// run, check, migrate, diff; its doc lists what each takes and answers),
// which the runner page calls. `hookemu serve` mounts Pages and Runner on
// its fake server (fakeserver.Config.UI and Runner).
package webui
