package httpkit

import "github.com/dop251/goja"

// ConcatBytes joins strings (as UTF-8) and byte sources (Buffer, typed
// array, DataView, ArrayBuffer) into one new ArrayBuffer: a body, or a
// multipart form, as the fetch and request shims' JS halves build them.
func ConcatBytes(rt *goja.Runtime, parts []goja.Value) goja.Value {
	var out []byte
	for _, p := range parts {
		out = append(out, BytesOf(rt, p)...)
	}
	return rt.ToValue(rt.NewArrayBuffer(out))
}

// BufferFrom is Buffer.from(arrayBuffer) through the runtime's global
// Buffer (the emulator builds it on first use); without one, a Uint8Array.
func BufferFrom(rt *goja.Runtime, ab goja.Value) goja.Value {
	if ctor, ok := rt.Get("Buffer").(*goja.Object); ok {
		if from, ok := goja.AssertFunction(ctor.Get("from")); ok {
			if v, err := from(ctor, ab); err == nil {
				return v
			}
		}
	}
	u8, _ := goja.AssertConstructor(rt.Get("Uint8Array"))
	v, err := u8(nil, ab)
	if err != nil {
		panic(err)
	}
	return v
}
