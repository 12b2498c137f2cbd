package request

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
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
	_ = obj.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = obj.Set("concat", func(parts []goja.Value) goja.Value { return httpkit.ConcatBytes(rt, parts) })
	_ = obj.Set("byteLength", func(v goja.Value) int { return len(bytesOf(v)) })
	_ = obj.Set("decode", n.decode)
	_ = obj.Set("buffer", func(ab goja.Value) goja.Value { return httpkit.BufferFrom(rt, ab) })
	_ = obj.Set("base64", func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) })
	_ = obj.Set("parse", func(s string) *goja.Object { return parseLegacy(s).object(rt) })
	_ = obj.Set("resolve", resolve)
	_ = obj.Set("codedError", func(kind, code, message string) *goja.Object { return nodeerr.New(rt, kind, code, message) })
	return obj
}

// bytesOf is httpkit.BytesOf: the bytes behind v, a string as its UTF-8
// encoding.
func bytesOf(v goja.Value) []byte { return httpkit.BytesOf(nil, v) }

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
