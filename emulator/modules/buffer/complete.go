package buffer

import (
	"bytes"
	"fmt"
	"math"
	"reflect"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util"

	"github.com/hookemu/hookemu/emulator/modules"
)

// class is the Buffer constructor being completed, with what its new
// methods need.
type class struct {
	rt         *goja.Runtime
	ctor       *goja.Object
	uint8Array goja.Constructor
	from       goja.Callable // goja_nodejs's Buffer.from
	limits     modules.NodeLimits
}

var (
	reflectBytes       = reflect.TypeOf([]byte(nil))
	reflectArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
)

// complete adds to goja_nodejs's Buffer what Node has and it lacks.
func complete(rt *goja.Runtime, ctor *goja.Object, limits modules.NodeLimits) {
	c := &class{rt: rt, ctor: ctor, limits: limits}
	// goja names native functions after their Go symbols.
	_ = ctor.DefineDataProperty("name", rt.ToValue("Buffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	c.uint8Array, _ = goja.AssertConstructor(rt.Get("Uint8Array"))
	c.from, _ = goja.AssertFunction(ctor.Get("from"))
	setFunc(rt, ctor, "from", c.bufferFrom)
	setFunc(rt, ctor, "isBuffer", c.isBuffer)
	setFunc(rt, ctor, "isEncoding", c.isEncoding)
	setFunc(rt, ctor, "byteLength", c.byteLength)
	setFunc(rt, ctor, "compare", c.compare)
	if alloc, ok := goja.AssertFunction(ctor.Get("alloc")); ok {
		guarded := setFunc(rt, ctor, "alloc", c.guardAlloc(alloc))
		_ = ctor.Set("allocUnsafe", guarded)
		_ = ctor.Set("allocUnsafeSlow", guarded)
	}
	c.defineSpecies()
	proto := ctor.Get("prototype").(*goja.Object)
	_ = proto.Set("toLocaleString", setFunc(rt, proto, "toString", c.toString))
	setFunc(rt, proto, "toJSON", c.toJSON)
	setFunc(rt, proto, "slice", c.slice)
	setFunc(rt, proto, "copy", c.copy)
	setFunc(rt, proto, "indexOf", c.indexOf)
	setFunc(rt, proto, "includes", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(c.indexOf(call).ToInteger() >= 0)
	})
	setFunc(rt, proto, "compare", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(bytes.Compare(c.bytesOf(call.This, "this"), c.bytesOf(call.Argument(0), "target")))
	})
	setFunc(rt, proto, "equals", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(bytes.Equal(c.bytesOf(call.This, "this"), c.bytesOf(call.Argument(0), "otherBuffer")))
	})
}

// defineSpecies makes typed array methods that build a new array (slice,
// subarray, map, filter) build a Buffer, which goja_nodejs's constructor
// cannot do from a length.
func (c *class) defineSpecies() {
	species := c.rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		obj, err := c.uint8Array(c.ctor, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)
	_ = species.DefineDataProperty("name", c.rt.ToValue("Buffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	getter := c.rt.ToValue(func(goja.FunctionCall) goja.Value { return species })
	_ = c.ctor.DefineAccessorPropertySymbol(goja.SymSpecies, getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// wrap makes a Buffer over b without copying it.
func (c *class) wrap(b []byte) *goja.Object {
	obj, err := c.uint8Array(c.ctor, c.rt.ToValue(c.rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return obj
}

// bytesOf is the bytes of a Buffer or Uint8Array argument.
func (c *class) bytesOf(v goja.Value, name string) []byte {
	if v != nil && v.ExportType() == reflectBytes {
		if b, ok := v.Export().([]byte); ok {
			return b
		}
	}
	panic(nodeerr.TypeError(c.rt, nodeerr.ErrInvalidArgType, fmt.Sprintf(`The "%s" argument must be an instance of Buffer or Uint8Array. %s`, name, util.Received(c.rt, v))))
}

// encoding reads an encoding argument; undefined means utf8.
func (c *class) encoding(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return "utf8"
	}
	enc := normalizeEncoding(v.String())
	if enc == "" {
		panic(nodeerr.TypeError(c.rt, "ERR_UNKNOWN_ENCODING", fmt.Sprintf("Unknown encoding: %s", v.String())))
	}
	return enc
}

// bufferFrom handles strings in every encoding and leaves the other forms
// (arrays, array buffers, buffers) to goja_nodejs.
func (c *class) bufferFrom(call goja.FunctionCall) goja.Value {
	if s := call.Argument(0); goja.IsString(s) {
		return c.wrap(encodeString(s.String(), c.encoding(call.Argument(1))))
	}
	c.checkArrayLike(call.Argument(0))
	v, err := c.from(call.This, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return v
}

func (c *class) isBuffer(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	return c.rt.ToValue(ok && c.rt.InstanceOf(obj, c.ctor))
}

func (c *class) isEncoding(call goja.FunctionCall) goja.Value {
	enc := call.Argument(0)
	return c.rt.ToValue(goja.IsString(enc) && normalizeEncoding(enc.String()) != "")
}

func (c *class) byteLength(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if goja.IsString(v) {
		enc := normalizeEncoding(call.Argument(1).String())
		if enc == "" {
			enc = "utf8"
		}
		return c.rt.ToValue(len(encodeString(v.String(), enc)))
	}
	if obj, ok := v.(*goja.Object); ok {
		if n := obj.Get("byteLength"); n != nil && goja.IsNumber(n) {
			return n
		}
	}
	panic(nodeerr.TypeError(c.rt, nodeerr.ErrInvalidArgType, `The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. `+util.Received(c.rt, v)))
}

func (c *class) compare(call goja.FunctionCall) goja.Value {
	return c.rt.ToValue(bytes.Compare(c.bytesOf(call.Argument(0), "buf1"), c.bytesOf(call.Argument(1), "buf2")))
}

// toString is Node's buf.toString(encoding, start, end).
func (c *class) toString(call goja.FunctionCall) goja.Value {
	b := c.bytesOf(call.This, "this")
	start, end := sliceBounds(call.Argument(1), call.Argument(2), len(b))
	enc := c.encoding(call.Argument(0))
	if end <= start {
		return c.rt.ToValue("")
	}
	return c.rt.ToValue(decodeBytes(b[start:end], enc))
}

// sliceBounds clamps toString's start and end as Node does.
func sliceBounds(startArg, endArg goja.Value, n int) (start, end int) {
	s := startArg.ToFloat()
	switch {
	case s <= 0 || math.IsNaN(s):
		start = 0
	case s >= float64(n):
		return n, n
	default:
		start = int(s)
	}
	e := endArg.ToFloat()
	switch {
	case goja.IsUndefined(endArg) || e > float64(n):
		end = n
	case math.IsNaN(e) || e < 0:
		end = 0
	default:
		end = int(e)
	}
	return start, end
}

func (c *class) toJSON(call goja.FunctionCall) goja.Value {
	b := c.bytesOf(call.This, "this")
	data := make([]any, len(b))
	for i, x := range b {
		data[i] = int64(x)
	}
	obj := c.rt.NewObject()
	_ = obj.Set("type", "Buffer")
	_ = obj.Set("data", c.rt.NewArray(data...))
	return obj
}

// slice is subarray, as in Node: the result shares the memory.
func (c *class) slice(call goja.FunctionCall) goja.Value {
	this := call.This.ToObject(c.rt)
	subarray, ok := goja.AssertFunction(this.Get("subarray"))
	if !ok {
		panic(c.rt.NewTypeError("subarray is not a function"))
	}
	v, err := subarray(this, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return v
}

// copy is buf.copy(target, targetStart, sourceStart, sourceEnd).
func (c *class) copy(call goja.FunctionCall) goja.Value {
	src := c.bytesOf(call.This, "this")
	dst := c.bytesOf(call.Argument(0), "target")
	at := clampIndex(call.Argument(1), 0, len(dst))
	from := clampIndex(call.Argument(2), 0, len(src))
	to := clampIndex(call.Argument(3), len(src), len(src))
	if to <= from {
		return c.rt.ToValue(0)
	}
	return c.rt.ToValue(copy(dst[at:], src[from:to]))
}

func clampIndex(v goja.Value, def, n int) int {
	if goja.IsUndefined(v) {
		return def
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f) || f < 0:
		return 0
	case f > float64(n):
		return n
	}
	return int(f)
}

// indexOf finds a string (in an encoding), a buffer or a byte.
func (c *class) indexOf(call goja.FunctionCall) goja.Value {
	b := c.bytesOf(call.This, "this")
	value := call.Argument(0)
	offset := 0
	if o := call.Argument(1); goja.IsNumber(o) {
		if offset = int(o.ToInteger()); offset < 0 {
			offset = max(0, len(b)+offset)
		}
	}
	if offset > len(b) {
		return c.rt.ToValue(-1)
	}
	var needle []byte
	switch {
	case goja.IsString(value):
		enc := "utf8"
		if e := call.Argument(2); goja.IsString(e) {
			enc = c.encoding(e)
		} else if goja.IsString(call.Argument(1)) {
			enc = c.encoding(call.Argument(1))
		}
		needle = encodeString(value.String(), enc)
	case goja.IsNumber(value):
		needle = []byte{byte(value.ToInteger())}
	default:
		needle = c.bytesOf(value, "value")
	}
	i := bytes.Index(b[offset:], needle)
	if i < 0 {
		return c.rt.ToValue(-1)
	}
	return c.rt.ToValue(offset + i)
}
