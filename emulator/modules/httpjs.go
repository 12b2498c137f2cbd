package modules

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// SendFunc returns the JS function shims written in JavaScript use for
// HTTP:
//
//	send({method, url, headers, body, timeout}) -> Promise<{status,
//	    statusText, headers, body, url}>
//
// headers is an object of name -> string (or array of strings); body is a
// string, a Buffer/Uint8Array/ArrayBuffer, or null; timeout is in
// milliseconds (0: none). The response's header names are lower-case, as
// Node gives them, with repeated headers joined by ", " except set-cookie,
// which is an array. The promise rejects with a Node-style network Error.
func SendFunc(h Host) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		rt := h.Runtime()
		req := RequestFromJS(rt, call.Argument(0).ToObject(rt))
		promise, resolve, reject := rt.NewPromise()
		Send(h, req, func(resp *Response, netErr *NetError) error {
			if netErr != nil {
				obj := NetErrorObject(rt, netErr)
				if netErr.TimedOut {
					_ = obj.Set("timedOut", true)
				}
				return reject(obj)
			}
			return resolve(ResponseToJS(rt, resp))
		})
		return rt.ToValue(promise)
	}
}

// RequestFromJS reads the options object SendFunc takes.
func RequestFromJS(rt *goja.Runtime, opts *goja.Object) Request {
	req := Request{
		Method: strings.ToUpper(opts.Get("method").String()),
		URL:    opts.Get("url").String(),
		Header: http.Header{},
	}
	if t := opts.Get("timeout"); t != nil && !goja.IsUndefined(t) && !goja.IsNull(t) {
		req.Timeout = time.Duration(t.ToFloat()*1e6) * time.Nanosecond
	}
	if hv := opts.Get("headers"); hv != nil && !goja.IsUndefined(hv) && !goja.IsNull(hv) {
		headers := hv.ToObject(rt)
		for _, k := range headers.Keys() {
			addHeader(rt, req.Header, k, headers.Get(k))
		}
	}
	req.Body = BytesOf(rt, opts.Get("body"))
	return req
}

func addHeader(rt *goja.Runtime, h http.Header, name string, v goja.Value) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return
	}
	if arr, ok := v.Export().([]any); ok {
		for _, item := range arr {
			h.Add(name, rt.ToValue(item).String())
		}
		return
	}
	h.Add(name, v.String())
}

// BytesOf turns a JS body (string, Buffer, typed array, ArrayBuffer) into
// bytes; null and undefined give none.
func BytesOf(rt *goja.Runtime, v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	switch x := v.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	case string:
		return []byte(x)
	}
	if obj, ok := v.(*goja.Object); ok {
		if buf := obj.Get("buffer"); buf != nil {
			if ab, ok := buf.Export().(goja.ArrayBuffer); ok {
				off := int(obj.Get("byteOffset").ToInteger())
				n := int(obj.Get("byteLength").ToInteger())
				return ab.Bytes()[off : off+n]
			}
		}
	}
	return []byte(v.String())
}

// ResponseToJS is the plain object SendFunc resolves with.
func ResponseToJS(rt *goja.Runtime, resp *Response) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("status", resp.Status)
	_ = obj.Set("statusText", resp.StatusText)
	_ = obj.Set("headers", HeadersToJS(rt, resp.Header))
	_ = obj.Set("body", string(resp.Body))
	_ = obj.Set("url", resp.URL)
	return obj
}

// HeadersToJS gives response headers the shape Node's IncomingMessage
// does: lower-case names, repeats joined by ", ", set-cookie as an array.
func HeadersToJS(rt *goja.Runtime, header http.Header) *goja.Object {
	obj := rt.NewObject()
	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		values := header[name]
		lower := strings.ToLower(name)
		if lower == "set-cookie" {
			_ = obj.Set(lower, append([]string(nil), values...))
			continue
		}
		_ = obj.Set(lower, strings.Join(values, ", "))
	}
	return obj
}
