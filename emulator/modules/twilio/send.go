package twilio

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// sendFunc is the one native function twilio.js performs HTTP with:
//
//	send({method, url, headers, body, timeout}) -> Promise<{status, headers, body}>
//
// as httpkit.SendFunc, except that a compressed response is inflated the
// way the request client's axios does (gzip, deflate, compress) and the
// rejection is a plain object describing the Node error ({message, code,
// errno, syscall, hostname, address, port, timedOut}): twilio.js builds the
// error the release's HTTP library would have thrown from it.
func sendFunc(h modules.Host) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		rt := h.Runtime()
		req := httpkit.RequestFromJS(rt, call.Argument(0).ToObject(rt))
		promise, resolve, reject := rt.NewPromise()
		httpkit.Send(h, req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
			if netErr == nil {
				netErr = decode(req.Method, resp)
			}
			if netErr != nil {
				return reject(httpkit.ClientErrorJS(rt, netErr))
			}
			obj := rt.NewObject()
			_ = obj.Set("status", resp.Status)
			_ = obj.Set("headers", httpkit.HeadersToJS(rt, resp.Header))
			_ = obj.Set("body", string(resp.Body))
			return resolve(obj)
		})
		return rt.ToValue(promise)
	}
}

// decodedEncodings are those axios's adapter pipes through zlib: every
// release since 3.41.1 uses axios, and twilio-node asks for compression
// from 4.19.2, with Accept-Encoding.
var decodedEncodings = []string{"gzip", "x-gzip", "compress", "x-compress", "deflate"}

// decode undoes the answer's Content-Encoding as axios does
// (httpkit.Decompress). Brotli, which twilio-node asks for with axios 1,
// is not decoded: such an answer fails with an error that says so.
func decode(method string, resp *httpkit.Response) *httpkit.NetError {
	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "br") && len(resp.Body) > 0 {
		return &httpkit.NetError{Code: "ERR_HOOKEMU_BROTLI",
			Message: "hookemu cannot decode a brotli-compressed (Content-Encoding: br) response; the real twilio-node would have"}
	}
	return httpkit.Decompress(method, resp, decodedEncodings)
}
