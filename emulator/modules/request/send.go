package request

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"io"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// send performs one exchange (redirects are followed in request.js, one
// exchange each):
//
//	send({method, url, headers: [[name, value], ...], body, timeout, gzip},
//	     callback) -> abort()
//
// timeout is in milliseconds (0: none). With gzip set, a gzip or deflate
// Content-Encoding is undone, as request's zlib pipe does. callback(error,
// response) runs on the JS goroutine, once, unless the request was aborted
// or the invocation ended first. error.kind is "timeout" when the request's
// own timeout expired, with connecting set when no connection had been
// made by then: request reports ETIMEDOUT then, ESOCKETTIMEDOUT otherwise.
func (n *native) send(call goja.FunctionCall) goja.Value {
	rt := n.h.Runtime()
	opts := call.Argument(0).ToObject(rt)
	callback, ok := goja.AssertFunction(call.Argument(1))
	if !ok {
		panic(rt.NewTypeError("send: callback is not a function"))
	}
	req := httpkit.Request{
		Method: opts.Get("method").String(),
		URL:    opts.Get("url").String(),
		Header: headerOf(rt, opts.Get("headers")),
		Body:   bytesOf(opts.Get("body")),
	}
	if ms := opts.Get("timeout").ToFloat(); ms > 0 {
		req.Timeout = time.Duration(ms * float64(time.Millisecond))
	}
	gzipped := opts.Get("gzip").ToBoolean()

	// connecting is true from the moment the client asks for a connection
	// until it has one; in-process transports never ask, which is a
	// connected socket as far as the hook can tell.
	var connecting atomic.Bool
	ctx, cancel := context.WithCancel(n.h.Context())
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GetConn: func(string) { connecting.Store(true) },
		GotConn: func(httptrace.GotConnInfo) { connecting.Store(false) },
	})
	httpkit.Send(httpkit.ExchangeHost(n.h, ctx), req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
		cancel()
		if netErr == nil && gzipped {
			netErr = decompress(req.Method, resp)
		}
		var err error
		switch {
		case netErr != nil && netErr.Canceled && !netErr.TimedOut:
			return nil // aborted, or the invocation is over: nobody is waiting
		case netErr != nil:
			_, err = callback(goja.Undefined(), errorJS(rt, netErr, connecting.Load()))
		default:
			_, err = callback(goja.Undefined(), goja.Undefined(), responseJS(rt, resp))
		}
		return err
	})
	return rt.ToValue(func(goja.FunctionCall) goja.Value {
		cancel()
		return goja.Undefined()
	})
}

// headerOf reads [[name, value], ...] into a Go header. request sends no
// User-Agent of its own, so an empty one keeps Go from adding its own.
func headerOf(rt *goja.Runtime, v goja.Value) http.Header {
	h := httpkit.HeaderFromPairs(rt, v)
	if _, ok := h["User-Agent"]; !ok {
		h["User-Agent"] = []string{""}
	}
	return h
}

// responseJS is {status, statusText, headers: the object Node's http
// gives, rawHeaders: [Name, value, ...], body: ArrayBuffer}, names sorted,
// values in the order received.
func responseJS(rt *goja.Runtime, resp *httpkit.Response) *goja.Object {
	names := httpkit.SortedHeaderNames(resp.Header)
	raw := make([]any, 0, 2*len(names))
	for _, name := range names {
		for _, v := range resp.Header[name] {
			raw = append(raw, name, v)
		}
	}
	obj := rt.NewObject()
	_ = obj.Set("status", resp.Status)
	_ = obj.Set("statusText", resp.StatusText)
	_ = obj.Set("headers", httpkit.HeadersToJS(rt, resp.Header))
	_ = obj.Set("rawHeaders", raw)
	_ = obj.Set("body", rt.NewArrayBuffer(resp.Body))
	return obj
}

// errorJS describes a failed exchange for request.js, which builds the
// Node error itself so that its properties come in Node's order.
func errorJS(rt *goja.Runtime, e *httpkit.NetError, connecting bool) *goja.Object {
	obj := httpkit.NetErrorJS(rt, e, false)
	if e.TimedOut {
		_ = obj.Set("kind", "timeout")
		_ = obj.Set("connecting", connecting)
	}
	return obj
}

// decompress undoes a gzip or deflate Content-Encoding, leaving the header
// as request does; responses without a body by definition are left alone.
func decompress(method string, resp *httpkit.Response) *httpkit.NetError {
	if method == "HEAD" || resp.Status < 200 || resp.Status == 204 || resp.Status == 304 || len(resp.Body) == 0 {
		return nil
	}
	var r io.Reader
	var err error
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "gzip":
		r, err = gzip.NewReader(bytes.NewReader(resp.Body))
	case "deflate":
		r, err = zlib.NewReader(bytes.NewReader(resp.Body))
	default:
		return nil
	}
	if err == nil {
		resp.Body, err = io.ReadAll(io.LimitReader(r, httpkit.MaxResponseBody))
	}
	if err != nil {
		return &httpkit.NetError{Code: "Z_DATA_ERROR", Errno: -3, Message: "incorrect header check"}
	}
	return nil
}
