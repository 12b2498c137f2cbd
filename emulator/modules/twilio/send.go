package twilio

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// sendFunc is the one native function twilio.js performs HTTP with:
//
//	send({method, url, headers, body, timeout}) -> Promise<{status, headers, body}>
//
// as modules.SendFunc, except that a compressed response is inflated the
// way the request client's axios does (gzip, deflate, compress) and the
// rejection is a plain object describing the Node error ({message, code,
// errno, syscall, hostname, address, port, timedOut}): twilio.js builds the
// error the release's HTTP library would have thrown from it.
func sendFunc(h modules.Host) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		rt := h.Runtime()
		req := modules.RequestFromJS(rt, call.Argument(0).ToObject(rt))
		promise, resolve, reject := rt.NewPromise()
		modules.Send(h, req, func(resp *modules.Response, netErr *modules.NetError) error {
			if netErr == nil {
				netErr = inflateBody(req.Method, resp)
			}
			if netErr != nil {
				return reject(netErrorJS(rt, netErr))
			}
			obj := rt.NewObject()
			_ = obj.Set("status", resp.Status)
			_ = obj.Set("headers", modules.HeadersToJS(rt, resp.Header))
			_ = obj.Set("body", string(resp.Body))
			return resolve(obj)
		})
		return rt.ToValue(promise)
	}
}

// netErrorJS is the plain object twilio.js builds the Node error from.
func netErrorJS(rt *goja.Runtime, e *modules.NetError) *goja.Object {
	obj := modules.NetErrorJS(rt, e, true)
	_ = obj.Set("timedOut", e.TimedOut)
	return obj
}

// inflateBody undoes a gzip or deflate Content-Encoding, as axios's Node
// adapter does (every release since 3.41.1 uses axios; twilio-node only
// asks for compression from 4.19.2, with Accept-Encoding). Brotli is the
// one encoding Go's standard library cannot read: such a response fails
// with an error that says so.
func inflateBody(method string, resp *modules.Response) *modules.NetError {
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	if enc == "" || enc == "identity" || resp.Status == 204 || method == "HEAD" || len(resp.Body) == 0 {
		return nil
	}
	var r io.Reader
	var err error
	switch enc {
	case "gzip", "x-gzip", "compress", "x-compress":
		r, err = gzip.NewReader(bytes.NewReader(resp.Body))
	case "deflate":
		if len(resp.Body) >= 2 && resp.Body[0]&0x0f == 8 && (uint(resp.Body[0])<<8|uint(resp.Body[1]))%31 == 0 {
			r, err = zlib.NewReader(bytes.NewReader(resp.Body))
		} else {
			r = flate.NewReader(bytes.NewReader(resp.Body))
		}
	case "br":
		return &modules.NetError{Code: "ERR_HOOKEMU_BROTLI",
			Message: "hookemu cannot decode a brotli-compressed (Content-Encoding: br) response; the real twilio-node would have"}
	default:
		return nil
	}
	if err == nil {
		var body []byte
		body, err = io.ReadAll(io.LimitReader(r, modules.MaxResponseBody))
		if err == nil {
			resp.Body = body
			resp.Header.Del("Content-Encoding")
			return nil
		}
	}
	return &modules.NetError{Code: "Z_DATA_ERROR", Errno: -3, Message: "incorrect header check"}
}
