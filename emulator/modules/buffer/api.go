package buffer

import (
	"github.com/dop251/goja"
)

// Wrap returns a Buffer of rt over b, sharing its memory.
func Wrap(rt *goja.Runtime, b []byte) *goja.Object {
	ctor := Exports(rt).Get("Buffer").(*goja.Object)
	uint8Array, _ := goja.AssertConstructor(rt.Get("Uint8Array"))
	obj, err := uint8Array(ctor, rt.ToValue(rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return obj
}

// Encode turns a JS string into bytes in a Node encoding given in any
// case or alias (utf8, hex, base64, base64url, latin1, binary, ascii,
// ucs2, utf16le); ok is false for an encoding Node does not know.
func Encode(s, encoding string) (b []byte, ok bool) {
	enc := normalizeEncoding(encoding)
	if enc == "" {
		return nil, false
	}
	return encodeString(s, enc), true
}

// Decode turns bytes into a JS string in a Node encoding, as
// buf.toString(encoding) does.
func Decode(b []byte, encoding string) (s string, ok bool) {
	enc := normalizeEncoding(encoding)
	if enc == "" {
		return "", false
	}
	return decodeBytes(b, enc), true
}

// Bytes returns the bytes behind a Buffer, TypedArray, DataView or
// ArrayBuffer, without copying; ok is false for any other value.
func Bytes(v goja.Value) (b []byte, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	switch obj.ExportType() {
	case reflectBytes:
		b, ok = obj.Export().([]byte)
		return b, ok
	case reflectArrayBuffer:
		ab, _ := obj.Export().(goja.ArrayBuffer)
		return ab.Bytes(), true
	}
	buf := obj.Get("buffer")
	if buf == nil || buf.ExportType() != reflectArrayBuffer {
		return nil, false
	}
	ab, _ := buf.Export().(goja.ArrayBuffer)
	off, n := integer(obj.Get("byteOffset")), integer(obj.Get("byteLength"))
	if data := ab.Bytes(); off >= 0 && n >= 0 && off+n <= len(data) {
		return data[off : off+n], true
	}
	return nil, false
}

func integer(v goja.Value) int {
	if v == nil {
		return -1
	}
	return int(v.ToInteger())
}
