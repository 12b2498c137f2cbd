package request

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

// native is what request.js gets from Go: HTTP, URL parsing, and the byte
// and text conversions goja has no API for.
type native struct {
	h modules.Host
}

func (n *native) object() *goja.Object {
	rt := n.h.Runtime()
	obj := rt.NewObject()
	_ = obj.Set("send", n.send)
	_ = obj.Set("concat", n.concat)
	_ = obj.Set("byteLength", func(v goja.Value) int { return len(bytesOf(v)) })
	_ = obj.Set("decode", n.decode)
	_ = obj.Set("buffer", n.buffer)
	_ = obj.Set("base64", func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) })
	_ = obj.Set("parse", func(s string) *goja.Object { return parseLegacy(s).object(rt) })
	_ = obj.Set("resolve", resolve)
	return obj
}

// concat joins strings (as UTF-8) and byte sources (Buffer, typed array,
// ArrayBuffer) into one ArrayBuffer: a body, or a multipart form.
func (n *native) concat(parts []goja.Value) goja.Value {
	rt := n.h.Runtime()
	var out []byte
	for _, p := range parts {
		out = append(out, bytesOf(p)...)
	}
	return rt.ToValue(rt.NewArrayBuffer(out))
}

// bytesOf returns the bytes behind v without copying where it can; a
// string is its UTF-8 encoding.
func bytesOf(v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes()
	case []byte:
		return x
	case string:
		return []byte(x)
	}
	if obj, ok := v.(*goja.Object); ok {
		if ab, ok := obj.Get("buffer").Export().(goja.ArrayBuffer); ok {
			off, n := int(obj.Get("byteOffset").ToInteger()), int(obj.Get("byteLength").ToInteger())
			if data := ab.Bytes(); off >= 0 && n >= 0 && off+n <= len(data) {
				return data[off : off+n]
			}
		}
	}
	return []byte(v.String())
}

// decode is Buffer#toString(encoding) for the encodings Node knows, and
// null for any other.
func (n *native) decode(v goja.Value, encoding string) goja.Value {
	if s, ok := decodeBytes(bytesOf(v), encoding); ok {
		return n.h.Runtime().ToValue(s)
	}
	return goja.Null()
}

func decodeBytes(b []byte, encoding string) (string, bool) {
	switch strings.ToLower(encoding) {
	case "", "utf8", "utf-8":
		return textcoding.DecodeUTF8(b), true
	case "latin1", "binary":
		return latin1(b, 0xff), true
	case "ascii":
		return latin1(b, 0x7f), true
	case "hex":
		return hex.EncodeToString(b), true
	case "base64":
		return base64.StdEncoding.EncodeToString(b), true
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b), true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(units)), true
	}
	return "", false
}

func latin1(b []byte, mask byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c & mask)
	}
	return string(r)
}

// buffer is Buffer.from(arrayBuffer) through the runtime's global Buffer
// (the emulator builds it on first use); without one, a Uint8Array.
func (n *native) buffer(ab goja.Value) goja.Value {
	rt := n.h.Runtime()
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
