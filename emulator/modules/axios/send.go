package axios

import (
	"context"
	"encoding/base64"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// sendFunc is the one native function axios.js performs HTTP with:
//
//	send({method, url, headers, body, timeout, decompress, binary})
//	    -> {promise, abort}
//
// It extends httpkit.SendFunc with what the axios adapter needs and the
// contract does not offer: abort() ends the exchange (CancelToken,
// AbortSignal), decompress lists the Content-Encodings to undo as the
// adapter's zlib pipeline would, and binary resolves the body as an
// ArrayBuffer (responseType 'arraybuffer'). The promise resolves with
// {status, statusText, headers, body} and rejects with a plain object
// describing the Node error ({message, code, errno, syscall, hostname,
// address, port, timedOut}), which axios.js turns into a real Error with
// Node's property order.
func sendFunc(h modules.Host) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		rt := h.Runtime()
		opts := call.Argument(0).ToObject(rt)
		req := httpkit.RequestFromJS(rt, opts)
		encodings := stringsOf(opts.Get("decompress"))
		binary := opts.Get("binary").ToBoolean()

		ctx, cancel := context.WithCancel(h.Context())
		promise, resolve, reject := rt.NewPromise()
		httpkit.Send(httpkit.ScopedHost(h, ctx), req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
			cancel()
			if netErr == nil {
				netErr = httpkit.Decompress(req.Method, resp, encodings)
			}
			if netErr != nil {
				return reject(httpkit.ClientErrorJS(rt, netErr))
			}
			return resolve(responseJS(rt, resp, binary))
		})

		out := rt.NewObject()
		_ = out.Set("promise", promise)
		_ = out.Set("abort", func() { cancel() })
		return out
	}
}

func stringsOf(v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	items, _ := v.Export().([]any)
	out := make([]string, 0, len(items))
	for _, item := range items {
		if s, ok := item.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func responseJS(rt *goja.Runtime, resp *httpkit.Response, binary bool) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("status", resp.Status)
	_ = obj.Set("statusText", resp.StatusText)
	_ = obj.Set("headers", httpkit.HeadersToJS(rt, resp.Header))
	if binary {
		_ = obj.Set("body", rt.NewArrayBuffer(resp.Body))
	} else {
		_ = obj.Set("body", string(resp.Body))
	}
	return obj
}

// base64Of is Buffer.from(s).toString('base64'), which Node's http uses
// for the auth option; goja has no btoa, and the runtime may have no
// Buffer.
func base64Of(s string) string {
	return base64.StdEncoding.EncodeToString([]byte(s))
}
