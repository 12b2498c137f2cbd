// Package httpkit is what shims share for HTTP and bytes, beside the
// module contract of package modules: one exchange on the run's
// transport (Send, SendFunc, ExchangeHost, NodeWire, bounded by
// MaxResponseBody), failures as Node's net and dns layers word them
// (NetError, Classify) and the Errors made from them (NetErrorError,
// NetErrorJS, ClientErrorJS, NewError), response headers merged by Node's
// rule (NodeHeadersOf, HeadersToJS, RawHeadersToJS), bodies decoded as
// the libraries decode them (Inflate, Decompress), and JS bodies as bytes
// (BytesOf, ConcatBytes, BufferFrom).
//
// Threading contract: Send issues the request on the JS goroutine (Issue:
// the run's record has it from then on), runs the exchange on a goroutine
// of its own and calls done on the JS goroutine, through
// Host.RegisterCallback; the *JS functions touch the runtime and run on
// the JS goroutine only.
package httpkit
