package twilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// nativeBindings is the object twilio.js is called with; timeout is
// RequestClient's default time limit.
func nativeBindings(h modules.Host, version string, f features, timeout time.Duration) *goja.Object {
	rt := h.Runtime()
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("features", f.object(rt))
	_ = native.Set("table", func(resource string) goja.Value { return tableJS(rt, version, resource) })
	_ = native.Set("nodeVersion", h.Node().Version)
	_ = native.Set("defaultTimeout", timeout.Milliseconds())
	_ = native.Set("send", sendFunc(h))
	_ = native.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = native.Set("getenv", func(name string) goja.Value {
		if v, ok := h.Getenv(name); ok {
			return rt.ToValue(v)
		}
		return goja.Undefined()
	})
	_ = native.Set("warn", h.Warn)
	_ = native.Set("base64", func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) })
	_ = native.Set("jsonError", jsonErrorMessage)
	_ = native.Set("later", laterFunc(h))
	_ = native.Set("sleep", sleepFunc(h))
	_ = native.Set("twiml", func() (goja.Value, error) { return loadTwiML(rt, f) })
	_ = native.Set("hmacSHA1", func(key, data string) string {
		mac := hmac.New(sha1.New, []byte(key))
		mac.Write([]byte(data))
		return base64.StdEncoding.EncodeToString(mac.Sum(nil))
	})
	_ = native.Set("sha256", func(data string) string {
		sum := sha256.Sum256([]byte(data))
		return hex.EncodeToString(sum[:])
	})
	return native
}

// laterFunc runs fn on a later turn of the loop; an exception it throws is
// an uncaught exception of the invocation, as a throw from Q's done() or a
// stream callback is in Node.
func laterFunc(h modules.Host) func(goja.Callable) {
	return func(fn goja.Callable) {
		enqueue := h.RegisterCallback()
		enqueue(func() error {
			_, err := fn(goja.Undefined())
			return err
		})
	}
}

// sleepFunc resolves a promise after ms milliseconds (the request client's
// backoff between retries of a 429); it never resolves once the invocation
// is over.
func sleepFunc(h modules.Host) func(float64) goja.Value {
	return func(ms float64) goja.Value {
		rt := h.Runtime()
		promise, resolve, _ := rt.NewPromise()
		enqueue := h.RegisterCallback()
		ctx := h.Context()
		go func() {
			timer := time.NewTimer(time.Duration(ms * float64(time.Millisecond)))
			defer timer.Stop()
			select {
			case <-timer.C:
				enqueue(func() error { return resolve(goja.Undefined()) })
			case <-ctx.Done():
				enqueue(func() error { return nil })
			}
		}()
		return rt.ToValue(promise)
	}
}

// jsonErrorMessage is the message V8 (Node 12 to 18) gives the SyntaxError
// of JSON.parse(text), which goja words differently: "Unexpected end of
// JSON input", or "Unexpected token X in JSON at position N" (number and
// string for tokens that start with a digit or a quote).
func jsonErrorMessage(text string) string {
	var v any
	err := json.Unmarshal([]byte(text), &v)
	var syntax *json.SyntaxError
	if !errors.As(err, &syntax) || syntax.Error() == "unexpected end of JSON input" || int(syntax.Offset) > len(text) || syntax.Offset < 1 {
		return "Unexpected end of JSON input"
	}
	at := int(syntax.Offset) - 1
	r, _ := utf8.DecodeRuneInString(text[at:])
	position := len(utf16.Encode([]rune(text[:at])))
	switch {
	case r == '"':
		return fmt.Sprintf("Unexpected string in JSON at position %d", position)
	case r == '-' || (r >= '0' && r <= '9'):
		return fmt.Sprintf("Unexpected number in JSON at position %d", position)
	default:
		return fmt.Sprintf("Unexpected token %s in JSON at position %d", strings.ToValidUTF8(string(r), "\uFFFD"), position)
	}
}
