package crypto

import (
	"crypto/subtle"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// timingSafeEqual compares two byte sequences of the same length in
// constant time.
func (m *module) timingSafeEqual(call goja.FunctionCall) goja.Value {
	a, ok := buffer.Bytes(call.Argument(0))
	if !ok {
		panic(nodeerr.Native(m.rt, "TypeError", nodeerr.ErrInvalidArgType, `The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`))
	}
	b, ok := buffer.Bytes(call.Argument(1))
	if !ok {
		panic(nodeerr.Native(m.rt, "TypeError", nodeerr.ErrInvalidArgType, `The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`))
	}
	if len(a) != len(b) {
		panic(nodeerr.Native(m.rt, "RangeError", "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length"))
	}
	return m.rt.ToValue(subtle.ConstantTimeCompare(a, b) == 1)
}

// webDigests are the algorithms WebCrypto's digest knows.
var webDigests = map[string]bool{"SHA-1": true, "SHA-256": true, "SHA-384": true, "SHA-512": true}

// subtleDigest is crypto.subtle.digest(algorithm, data): a promise of an
// ArrayBuffer.
func (m *module) subtleDigest(call goja.FunctionCall) goja.Value {
	promise, resolve, reject := m.rt.NewPromise()
	name := call.Argument(0)
	if obj, ok := name.(*goja.Object); ok {
		name = obj.Get("name")
	}
	var algorithm string
	if name != nil && goja.IsString(name) {
		algorithm = strings.ToUpper(name.String())
	}
	data, ok := buffer.Bytes(call.Argument(1))
	switch h, known := newDigest(algorithm); {
	case !known || !webDigests[algorithm]:
		_ = reject(domException(m.rt, "NotSupportedError", 9, "Unrecognized algorithm name"))
	case !ok:
		_ = reject(argTypeError(m.rt, "data", "an instance of ArrayBuffer, Buffer, TypedArray, or DataView", call.Argument(1)))
	default:
		h.Write(data)
		_ = resolve(m.rt.NewArrayBuffer(h.Sum(nil)))
	}
	return m.rt.ToValue(promise)
}
