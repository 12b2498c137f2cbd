// Package awscore is what hookemu's two AWS SDK shims share: aws-sdk (v2,
// package awssdk) and @aws-sdk/client-sns (v3, package clientsns). Both
// speak to Amazon SNS over its Query API (a form POST to
// sns.REGION.amazonaws.com answered in XML), sign with AWS Signature
// Version 4 through internal/sigv4, and are written in JavaScript over
// the native functions Bindings gives them:
//
//	send({method, url, headers, body, timeout}, onResponse, onError)
//	    onResponse({status, statusText, headers, body}), or onError with a
//	    plain {message, code, errno, syscall, hostname, address, port,
//	    timedOut} the shim turns into its SDK's error
//	sleep(ms, fn)          the retry backoff, on the invocation's loop
//	sha256(text) -> hex    the payload hash of X-Amz-Content-Sha256
//	sign({...}) -> string  the Authorization header (see Sign)
//	xml(text) -> node      {n, ns, c, t}: name, namespace, child elements,
//	                       text; throws on
//	                       what is not XML
//	getenv(name)           the emulated process.env, never the host's
//	model                  sns.js: SNS's operations, the Query form of an
//	                       input, the reading of an answer or an ErrorResponse
//
// Threading contract: everything here runs on the invocation's JS
// goroutine except the HTTP exchange and the sleep's timer, which come
// back through Host.RegisterCallback.
package awscore

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

//go:embed sns.js
var snsSource string

var snsScript = modules.NewScript("aws-sns-model.js", snsSource)

// NodeVersion is the Node version h's code runs on: an SDK puts it in
// its User-Agent.
func NodeVersion(h modules.Host) string { return h.Node().Version }

// Bindings builds the native object a shim's script is called with, with
// version (the SDK release) and extra set on it.
func Bindings(h modules.Host, version string) (*goja.Object, error) {
	rt := h.Runtime()
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("nodeVersion", NodeVersion(h))
	_ = native.Set("send", sendFunc(h))
	_ = native.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = native.Set("sleep", sleepFunc(h))
	_ = native.Set("sha256", func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return hex.EncodeToString(sum[:])
	})
	_ = native.Set("base64", func(v goja.Value) string {
		return base64.StdEncoding.EncodeToString(httpkit.BytesOf(rt, v))
	})
	_ = native.Set("sign", func(call goja.FunctionCall) goja.Value { return signJS(rt, call.Argument(0)) })
	_ = native.Set("xml", func(text string) goja.Value {
		root, err := ParseXML(text)
		if err != nil {
			panic(rt.NewGoError(err))
		}
		return nodeJS(rt, root)
	})
	_ = native.Set("getenv", func(name string) goja.Value {
		if v, ok := h.Getenv(name); ok {
			return rt.ToValue(v)
		}
		return goja.Undefined()
	})
	_ = native.Set("warn", h.Warn)
	model, err := snsScript.Call(rt, native)
	if err != nil {
		return nil, err
	}
	_ = native.Set("model", model)
	return native, nil
}

func nodeJS(rt *goja.Runtime, n *Node) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("n", n.Name)
	_ = obj.Set("ns", n.Namespace)
	_ = obj.Set("t", n.Text)
	kids := make([]any, len(n.Children))
	for i, c := range n.Children {
		kids[i] = nodeJS(rt, c)
	}
	_ = obj.Set("c", rt.NewArray(kids...))
	return obj
}

// sendFunc performs one exchange through the host's transport and calls
// onResponse({status, statusText, headers, body}) or onError with the
// plain description of the Node error (httpkit.NetErrorJS, with
// timedOut) on the JS goroutine. The callbacks run as loop callbacks, not
// promise reactions: what they throw is an uncaught exception of the
// invocation, as a throw from an SDK callback is in Node.
func sendFunc(h modules.Host) func(goja.Value, goja.Callable, goja.Callable) {
	return func(opts goja.Value, onResponse, onError goja.Callable) {
		rt := h.Runtime()
		req := httpkit.RequestFromJS(rt, opts.ToObject(rt))
		httpkit.Send(h, req, func(resp *httpkit.Response, netErr *httpkit.NetError) error {
			if netErr != nil {
				obj := httpkit.ClientErrorJS(rt, netErr)
				_, err := onError(goja.Undefined(), obj)
				return err
			}
			obj := rt.NewObject()
			_ = obj.Set("status", resp.Status)
			_ = obj.Set("statusText", resp.StatusText)
			_ = obj.Set("headers", httpkit.HeadersToJS(rt, resp.Header))
			_ = obj.Set("body", string(resp.Body))
			_, err := onResponse(goja.Undefined(), obj)
			return err
		})
	}
}

// sleepFunc calls fn after ms milliseconds (the backoff between
// retries), as a loop callback; never once the invocation is over. A
// delay of zero still waits for a later turn, as setTimeout(fn, 0) does.
func sleepFunc(h modules.Host) func(float64, goja.Callable) {
	return func(ms float64, fn goja.Callable) {
		enqueue := h.RegisterCallback()
		ctx := h.Context()
		go func() {
			timer := time.NewTimer(time.Duration(max(ms, 0) * float64(time.Millisecond)))
			defer timer.Stop()
			select {
			case <-timer.C:
				enqueue(func() error {
					_, err := fn(goja.Undefined())
					return err
				})
			case <-ctx.Done():
				enqueue(func() error { return nil })
			}
		}()
	}
}
