package fetch

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// exchange is one hop of a fetch (redirects are followed in JS, one
// exchange each), as fetch.js asks for it:
//
//	send({method, url, headers: [[name, value], ...], body, timeout,
//	      deadline, decode}, callback) -> abort()
//
// timeout (node-fetch's option) and deadline (an AbortSignal.timeout's
// remaining time) are milliseconds, 0 for none; decode lists the
// Content-Encodings to undo. callback(error, response) runs on the JS
// goroutine, once, unless the invocation ended first. abort() cancels the
// request in flight; fetch.js has already settled the promise by then and
// ignores the callback.
type exchange struct {
	req      httpkit.Request
	decode   []string
	deadline time.Duration
}

func (n *native) send(call goja.FunctionCall) goja.Value {
	rt := n.h.Runtime()
	opts := call.Argument(0).ToObject(rt)
	callback, ok := goja.AssertFunction(call.Argument(1))
	if !ok {
		panic(rt.NewTypeError("send: callback is not a function"))
	}
	ex := exchange{
		req: httpkit.Request{
			Method: opts.Get("method").String(),
			URL:    opts.Get("url").String(),
			Header: headerOf(rt, opts.Get("headers")),
			Body:   bytesOf(opts.Get("body")),
		},
		decode:   stringsOf(rt, opts.Get("decode")),
		deadline: millis(opts.Get("deadline")),
	}
	ex.req.Timeout = millis(opts.Get("timeout"))

	parent := n.h.Context()
	ctx, cancel := context.WithCancel(parent)
	if ex.deadline > 0 {
		ctx, cancel = context.WithTimeout(parent, ex.deadline)
	}
	httpkit.Send(httpkit.ExchangeHost(n.h, ctx), ex.req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
		deadlineHit := ex.deadline > 0 && errors.Is(ctx.Err(), context.DeadlineExceeded) && parent.Err() == nil
		cancel()
		if netErr == nil {
			netErr = decompress(ex.req.Method, resp, ex.decode)
		}
		switch {
		case deadlineHit && netErr != nil:
			_, err := callback(goja.Undefined(), errorJS(rt, &httpkit.NetError{Message: "deadline"}, "deadline"))
			return err
		case netErr != nil && netErr.Canceled:
			return nil // aborted, or the invocation is over: nobody is waiting
		case netErr != nil:
			_, err := callback(goja.Undefined(), errorJS(rt, netErr, ""))
			return err
		}
		_, err := callback(goja.Undefined(), goja.Undefined(), responseJS(rt, resp))
		return err
	})
	return rt.ToValue(func(goja.FunctionCall) goja.Value {
		cancel()
		return goja.Undefined()
	})
}

// headerOf reads [[name, value], ...] into a Go header. Go would add its
// own User-Agent to a request without one; both libraries always send
// theirs, so there is nothing to suppress here.
func headerOf(rt *goja.Runtime, v goja.Value) http.Header { return httpkit.HeaderFromPairs(rt, v) }

func stringsOf(rt *goja.Runtime, v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var out []string
	_ = rt.ExportTo(v, &out)
	return out
}

func millis(v goja.Value) time.Duration {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	ms := v.ToFloat()
	if ms != ms || ms <= 0 {
		return 0
	}
	return time.Duration(ms * float64(time.Millisecond))
}

// responseJS is {status, statusText, headers: [[lower-case name, value],
// ...] sorted by name, values in the order received, nodeHeaders: the
// object Node's http gives (what node-fetch reads), body: ArrayBuffer,
// url}.
func responseJS(rt *goja.Runtime, resp *httpkit.Response) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("status", resp.Status)
	_ = obj.Set("statusText", resp.StatusText)
	_ = obj.Set("headers", headerPairs(rt, resp.Header))
	_ = obj.Set("nodeHeaders", httpkit.HeadersToJS(rt, resp.Header))
	_ = obj.Set("body", rt.NewArrayBuffer(resp.Body))
	_ = obj.Set("url", resp.URL)
	return obj
}

func headerPairs(rt *goja.Runtime, header http.Header) goja.Value {
	pairs := make([]any, 0, len(header))
	for _, name := range httpkit.SortedHeaderNames(header) {
		lower := strings.ToLower(name)
		for _, v := range header[name] {
			pairs = append(pairs, []any{lower, v})
		}
	}
	return rt.ToValue(pairs)
}

// errorJS describes a failed exchange for fetch.js, which builds the Node
// error itself so that its properties come in Node's order.
func errorJS(rt *goja.Runtime, e *httpkit.NetError, kind string) *goja.Object {
	obj := httpkit.NetErrorJS(rt, e, false)
	if e.TimedOut {
		kind = "timeout"
	}
	_ = obj.Set("kind", kind)
	return obj
}

// decompress undoes the Content-Encodings the library would have piped
// through zlib (the header stays, as both libraries leave it). Responses
// that have no body by definition are left alone.
func decompress(method string, resp *httpkit.Response, encodings []string) *httpkit.NetError {
	if len(encodings) == 0 || len(resp.Body) == 0 || method == "HEAD" || resp.Status == 204 || resp.Status == 304 {
		return nil
	}
	codings := strings.Split(strings.ToLower(resp.Header.Get("Content-Encoding")), ",")
	for i := len(codings) - 1; i >= 0; i-- {
		coding := strings.TrimSpace(codings[i])
		if coding == "" || coding == "identity" {
			continue
		}
		if !slices.Contains(encodings, coding) {
			return nil
		}
		if coding == "br" {
			return &httpkit.NetError{Code: "ERR_HOOKEMU_BROTLI",
				Message: "hookemu cannot decode a brotli-compressed (Content-Encoding: br) response; Node's fetch would have"}
		}
		body, err := httpkit.Inflate(resp.Body)
		if err != nil {
			return &httpkit.NetError{Code: "Z_DATA_ERROR", Errno: -3, Message: "incorrect header check"}
		}
		resp.Body = body
	}
	return nil
}
