package crypto

import (
	"crypto/rand"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/internal/uuid"
)

// maxRandomBytes is Node's limit on randomBytes' size, 2^31 - 1.
const maxRandomBytes = math.MaxInt32

// randomBytes returns a Buffer of random bytes, or passes it to a
// callback on the event loop.
func (m *module) randomBytes(call goja.FunctionCall) goja.Value {
	size := call.Argument(0)
	if !goja.IsNumber(size) {
		panic(argTypeError(m.rt, "size", "of type number", size))
	}
	if n := size.ToFloat(); n < 0 || n > maxRandomBytes || math.IsNaN(n) {
		panic(outOfRange(m.rt, "size", ">= 0 && <= 2147483647", size))
	}
	b := make([]byte, int(size.ToInteger()))
	_, _ = rand.Read(b)
	cb, async := m.callback(call.Argument(1))
	if !async {
		return buffer.Wrap(m.rt, b)
	}
	m.later(func() error {
		_, err := cb(goja.Undefined(), goja.Null(), buffer.Wrap(m.rt, b))
		return err
	})
	return goja.Undefined()
}

// callback reads an optional callback argument.
func (m *module) callback(v goja.Value) (goja.Callable, bool) {
	if goja.IsUndefined(v) {
		return nil, false
	}
	cb, ok := goja.AssertFunction(v)
	if !ok {
		panic(argTypeError(m.rt, "callback", "of type function", v))
	}
	return cb, true
}

// later runs fn on the event loop after the current code, as Node runs
// crypto callbacks.
func (m *module) later(fn func() error) {
	m.host.RegisterCallback()(fn)
}

// randomFillSync fills (part of) a buffer or typed array with random
// bytes and returns it.
func (m *module) randomFillSync(call goja.FunctionCall) goja.Value {
	m.fill(call.Argument(0), call.Argument(1), call.Argument(2))
	return call.Argument(0)
}

// randomFill is randomFillSync with a callback: (buf, cb),
// (buf, offset, cb) or (buf, offset, size, cb).
func (m *module) randomFill(call goja.FunctionCall) goja.Value {
	args := call.Arguments
	if len(args) == 0 {
		panic(argTypeError(m.rt, "buf", "an instance of ArrayBuffer or ArrayBufferView", goja.Undefined()))
	}
	cb, _ := m.callback(args[len(args)-1])
	if cb == nil {
		panic(argTypeError(m.rt, "callback", "of type function", goja.Undefined()))
	}
	offset, size := goja.Undefined(), goja.Undefined()
	if len(args) > 2 {
		offset = args[1]
	}
	if len(args) > 3 {
		size = args[2]
	}
	m.fill(args[0], offset, size)
	m.later(func() error {
		_, err := cb(goja.Undefined(), goja.Null(), args[0])
		return err
	})
	return goja.Undefined()
}

func (m *module) fill(target, offsetArg, sizeArg goja.Value) {
	b, ok := buffer.Bytes(target)
	if !ok {
		panic(argTypeError(m.rt, "buf", "an instance of ArrayBuffer or ArrayBufferView", target))
	}
	offset := 0
	if !goja.IsUndefined(offsetArg) {
		offset = int(offsetArg.ToInteger())
		if offset < 0 || offset > len(b) {
			panic(outOfRange(m.rt, "offset", ">= 0 && <= "+strconv.Itoa(len(b)), offsetArg))
		}
	}
	size := len(b) - offset
	if !goja.IsUndefined(sizeArg) {
		if n := int(sizeArg.ToInteger()); n < 0 || offset+n > len(b) {
			panic(outOfRange(m.rt, "size + offset", "<= "+strconv.Itoa(len(b)), sizeArg))
		} else {
			size = n
		}
	}
	_, _ = rand.Read(b[offset : offset+size])
}

// maxRandomIntRange is randomInt's limit on max - min, 2^48 - 1.
const maxRandomIntRange = 1<<48 - 1

// randomInt returns a random integer in [min, max): randomInt(max),
// randomInt(min, max), either with a callback last.
func (m *module) randomInt(call goja.FunctionCall) goja.Value {
	minArg, maxArg, cbArg := call.Argument(0), call.Argument(1), call.Argument(2)
	if _, isFn := goja.AssertFunction(maxArg); isFn || goja.IsUndefined(maxArg) {
		minArg, maxArg, cbArg = m.rt.ToValue(0), minArg, maxArg
	}
	lo, hi := m.safeInteger(minArg, "min"), m.safeInteger(maxArg, "max")
	if hi <= lo {
		panic(nodeerr.RangeError(m.rt, nodeerr.ErrOutOfRange, fmt.Sprintf(`The value of "max" is out of range. It must be greater than the value of "min" (%d). Received %d`, lo, hi)))
	}
	if hi-lo > maxRandomIntRange {
		panic(nodeerr.RangeError(m.rt, nodeerr.ErrOutOfRange, fmt.Sprintf(`The value of "max - min" is out of range. It must be <= %d. Received %d`, maxRandomIntRange, hi-lo)))
	}
	n, _ := rand.Int(rand.Reader, big.NewInt(hi-lo))
	result := m.rt.ToValue(lo + n.Int64())
	cb, async := m.callback(cbArg)
	if !async {
		return result
	}
	m.later(func() error {
		_, err := cb(goja.Undefined(), goja.Null(), result)
		return err
	})
	return goja.Undefined()
}

func (m *module) safeInteger(v goja.Value, name string) int64 {
	f := v.ToFloat()
	if !goja.IsNumber(v) || f != math.Trunc(f) || math.Abs(f) > 1<<53-1 {
		panic(argTypeError(m.rt, name, "a safe integer", v))
	}
	return int64(f)
}

// randomUUID is a random (version 4) UUID.
func (m *module) randomUUID(goja.FunctionCall) goja.Value {
	return m.rt.ToValue(uuid4())
}

func uuid4() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return uuid.V4(b)
}

// getRandomValues fills an integer typed array, as the web API does.
func (m *module) getRandomValues(call goja.FunctionCall) goja.Value {
	arr := call.Argument(0)
	obj, ok := arr.(*goja.Object)
	if !ok || !integerTypedArray(obj) {
		panic(domException(m.rt, "TypeMismatchError", 17, "The data argument must be an integer-type TypedArray"))
	}
	b, _ := buffer.Bytes(obj)
	if len(b) > 65536 {
		panic(domException(m.rt, "QuotaExceededError", 22, "The requested length exceeds 65,536 bytes"))
	}
	_, _ = rand.Read(b)
	return arr
}

// integerTypedArray tells integer typed arrays (and Buffers) from float
// arrays, DataViews and everything else.
func integerTypedArray(obj *goja.Object) bool {
	switch obj.ExportType().String() {
	case "[]int8", "[]uint8", "[]int16", "[]uint16", "[]int32", "[]uint32", "[]int64", "[]uint64":
		return obj.ClassName() == "Object"
	}
	return false
}
