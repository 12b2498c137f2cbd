package modules

import "net/http"

// Issuer is a Host's transport that keeps a record of the requests a hook
// makes (the harness's does). Shims tell it of each request the moment
// the hook issues it, on the JS goroutine, before the goroutine that
// sends the request can run: Node puts a request on its way at once, so
// a request the run ended before its goroutine reached RoundTrip (a
// loaded machine can delay that past the grace after cb) must still be
// on the record, in flight, in the order the hook issued it.
// httpkit.Issue does the telling for every shim.
//
// A transport that wraps another (httpkit.NodeWire) says so with
// Unwrap() http.RoundTripper, so the Issuer under it is still found.
type Issuer interface {
	http.RoundTripper
	// Issue records req, whose body is body, as issued and not answered
	// yet. The record knows the request by its identity: RoundTrip of
	// req itself (not a copy, such as WithContext makes) completes that
	// record instead of adding one, and so do Withdraw and Unsent.
	Issue(req *http.Request, body []byte)
	// Withdraw takes back the record of an issued request that the hook
	// aborted before the loop's next turn: Node would never have started
	// it. Nothing happens once the request reached RoundTrip.
	Withdraw(req *http.Request)
	// Unsent completes the record of an issued request that ended, with
	// err, before it reached RoundTrip: aborted, past its own time limit,
	// or the run was over. Nothing happens once it reached RoundTrip.
	Unsent(req *http.Request, err error)
}
