package httpkit

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
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
func SendFunc(h modules.Host) func(goja.FunctionCall) goja.Value {
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

// HeaderFromPairs reads [[name, value], ...], the form the fetch and
// request shims' JS halves pass headers in, into a Go header; null and
// undefined give an empty one.
func HeaderFromPairs(rt *goja.Runtime, v goja.Value) http.Header {
	h := http.Header{}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return h
	}
	var pairs [][2]string
	_ = rt.ExportTo(v, &pairs)
	for _, p := range pairs {
		h.Add(p[0], p[1])
	}
	return h
}

// SortedHeaderNames is header's names sorted case-insensitively, the order
// in which the fetch and request shims hand response headers to JS.
func SortedHeaderNames(header http.Header) []string {
	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	// Names equal but for case (a map Go's client never builds, but a
	// handler may) are ordered by their bytes, so the canonical
	// "Content-Type" comes before "content-type" on every run: map order
	// must not decide which value a first-value-only header keeps.
	sort.Slice(names, func(i, j int) bool {
		li, lj := strings.ToLower(names[i]), strings.ToLower(names[j])
		if li != lj {
			return li < lj
		}
		return names[i] < names[j]
	})
	return names
}

// BytesOf turns a JS body (string, Buffer, typed array, DataView,
// ArrayBuffer) into bytes, without copying where it can; a string is its
// UTF-8 encoding, and null and undefined give none. A view whose offset
// and length do not fit its buffer is read as its string form rather than
// panicking.
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
				off, n := int(obj.Get("byteOffset").ToInteger()), int(obj.Get("byteLength").ToInteger())
				if data := ab.Bytes(); off >= 0 && n >= 0 && off+n <= len(data) {
					return data[off : off+n]
				}
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
