// Package stringdecoder is Node's string_decoder module: StringDecoder
// turns a stream of byte chunks into text without breaking a character
// that straddles two chunks, in utf8, utf16le (ucs2), base64, base64url,
// hex, latin1 (binary) and ascii.
//
// It follows what Node 20 does, quirks included: a UTF-8 character cut by
// a chunk waits for its continuation bytes, and becomes U+FFFD when the
// next chunk does not continue it or when end() comes first; UTF-16 keeps
// back an odd byte and a high surrogate that ends a chunk; base64 keeps
// back the bytes of an unfinished 3-byte group and pads them at end().
package stringdecoder

import (
	_ "embed"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

//go:embed string_decoder.js
var source string

var script = modules.NewScript("string_decoder.js", source)

// Module describes require('string_decoder').
func Module() modules.Module {
	return modules.Module{Name: "string_decoder", Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	rt := h.Runtime()
	native := corejs.Bindings(rt, h.Warn)
	_ = native.Set("normalize", func(v goja.Value) string { return normalize(rt, v) })
	_ = native.Set("decoder", func(enc string) *goja.Object { return newDecoder(rt, enc) })
	return script.Call(rt, native)
}

// normalize is the canonical name of an encoding; undefined, null and ""
// mean utf8, and an unknown one throws ERR_UNKNOWN_ENCODING.
func normalize(rt *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) || v.String() == "" {
		return "utf8"
	}
	name := v.String()
	if _, ok := buffer.Encode("", name); !ok {
		panic(nodeerr.New(rt, "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+name))
	}
	switch n := strings.ToLower(name); n {
	case "utf-8":
		return "utf8"
	case "ucs2", "ucs-2", "utf-16le":
		return "utf16le"
	case "binary":
		return "latin1"
	default:
		return n
	}
}

// newDecoder is the native half of one StringDecoder.
func newDecoder(rt *goja.Runtime, enc string) *goja.Object {
	d := &decoder{rt: rt, enc: enc}
	obj := rt.NewObject()
	_ = obj.Set("write", func(v goja.Value) goja.Value {
		b, _ := buffer.Bytes(v)
		return d.write(b)
	})
	_ = obj.Set("end", func() goja.Value { return d.end() })
	_ = obj.Set("reset", d.reset)
	_ = obj.Set("lastNeed", func() int { return d.needed })
	_ = obj.Set("lastTotal", func() int { return d.buffered + d.needed })
	_ = obj.Set("lastChar", func() goja.Value {
		return buffer.Wrap(rt, append([]byte(nil), d.partial[:]...))
	})
	return obj
}
