package http

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/stream"
)

// native is what http.js gets from Go: the exchange, and the two ways
// back onto the loop it needs (the next turn, and a timer), since a
// module cannot trust the hook's own setTimeout.
type native struct {
	h modules.Host
}

// bindings is the native object http.js is given: corejs's shared
// natives (coded errors, argument descriptions), this package's own, and
// the modules http builds on: events' EventEmitter, stream's Stream and
// Readable, buffer's Buffer, and url's URL and urlToHttpOptions.
func (n *native) bindings() (*goja.Object, error) {
	rt := n.h.Runtime()
	obj := n.object()
	emitter, err := events.Exports(n.h)
	if err != nil {
		return nil, fmt.Errorf("http needs events: %w", err)
	}
	_ = obj.Set("EventEmitter", emitter)
	_ = obj.Set("Buffer", buffer.ExportsFor(rt, modules.LimitsOf(n.h.Action())).Get("Buffer"))
	url, err := modules.Require(n.h, "url")
	if err != nil {
		return nil, fmt.Errorf("http needs url: %w", err)
	}
	_ = obj.Set("URL", url.ToObject(rt).Get("URL"))
	_ = obj.Set("urlToHttpOptions", url.ToObject(rt).Get("urlToHttpOptions"))
	streams, err := stream.Exports(n.h)
	if err != nil {
		return nil, fmt.Errorf("http needs stream: %w", err)
	}
	_ = obj.Set("Stream", streams)
	_ = obj.Set("Readable", streams.Get("Readable"))
	return obj, nil
}

func (n *native) object() *goja.Object {
	rt := n.h.Runtime()
	obj := corejs.Bindings(rt, n.h.Warn)
	_ = obj.Set("send", n.send)
	_ = obj.Set("defer", n.deferCall)
	_ = obj.Set("timer", n.timer)
	_ = obj.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = obj.Set("nodeHeaders", func(raw []string) *goja.Object { return httpkit.RawHeadersToJS(rt, raw) })
	return obj
}

// send performs one exchange:
//
//	send({method, url, host, headers: [name, value, ...], body, chunked},
//	     callback) -> cancel()
//
// callback(error, answer) runs on the JS goroutine once, unless cancel ran
// first: then http.js has already told the hook how its request ended.
// answer is {statusCode, statusMessage, httpVersionMajor,
// httpVersionMinor, rawHeaders, body: ArrayBuffer}; error is a
// plain {message, code, errno, syscall, hostname, address, port}.
func (n *native) send(opts *goja.Object, callback goja.Callable) func() {
	rt := n.h.Runtime()
	out := outgoingFromJS(rt, opts)
	ctx, cancel := context.WithCancel(n.h.Context())
	transport := httpkit.ExchangeHost(n.h, ctx).Transport()
	issued, invalid := issue(ctx, transport, out)
	enqueue := n.h.RegisterCallback()
	stopped := false // JS goroutine only
	go func() {
		var in *incoming
		netErr := invalid
		if invalid == nil {
			in, netErr = exchange(transport, issued)
		}
		enqueue(func() error {
			if stopped || n.h.Context().Err() != nil {
				cancel()
				return nil // aborted, or the invocation is over
			}
			cancel()
			if netErr != nil {
				_, err := callback(goja.Undefined(), httpkit.NetErrorJS(rt, netErr, true))
				return err
			}
			if in.Truncated {
				n.h.Warn("an http answer was cut at 10 MiB: hookemu reads no more of one response")
			}
			_, err := callback(goja.Undefined(), goja.Null(), in.toJS(rt))
			return err
		})
	}()
	return func() {
		stopped = true
		cancel()
	}
}

// deferCall runs fn on the loop's next turn, after the current job and
// the callbacks already queued, where Node would use process.nextTick or
// setImmediate to let the hook finish setting a request up.
func (n *native) deferCall(fn goja.Callable) {
	n.h.RegisterCallback()(func() error {
		_, err := fn(goja.Undefined())
		return err
	})
}

// timer calls fn once after ms milliseconds unless the returned function
// is called first (also when the timer has fired but fn has not run yet);
// a pending timer keeps the run going, as a socket's timeout keeps Node's
// process.
func (n *native) timer(ms float64, fn goja.Callable) func() {
	enqueue := n.h.RegisterCallback()
	var once sync.Once
	stopped := false // JS goroutine only
	release := func(work func() error) { once.Do(func() { enqueue(work) }) }
	t := time.AfterFunc(time.Duration(ms*float64(time.Millisecond)), func() {
		release(func() error {
			if stopped {
				return nil
			}
			_, err := fn(goja.Undefined())
			return err
		})
	})
	return func() {
		stopped = true
		if t.Stop() {
			release(func() error { return nil })
		}
	}
}
