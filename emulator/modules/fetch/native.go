package fetch

import (
	"net/http"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

// native is what fetch.js gets from Go: HTTP, and the byte and text
// conversions goja has no API for.
type native struct {
	h modules.Host
}

func (n *native) object() *goja.Object {
	rt := n.h.Runtime()
	obj := rt.NewObject()
	_ = obj.Set("send", n.send)
	_ = obj.Set("netError", func(desc *goja.Object) *goja.Object { return httpkit.NetErrorError(rt, desc) })
	_ = obj.Set("bytes", n.bytes)
	_ = obj.Set("concat", func(parts []goja.Value) goja.Value { return httpkit.ConcatBytes(rt, parts) })
	_ = obj.Set("text", n.text)
	_ = obj.Set("jsonError", jsonErrorMessage)
	_ = obj.Set("url", n.url)
	_ = obj.Set("buffer", func(ab goja.Value) goja.Value { return httpkit.BufferFrom(rt, ab) })
	_ = obj.Set("statusText", nodeStatusText)
	_ = obj.Set("warn", n.h.Warn)
	return obj
}

// bytes copies a body (string, ArrayBuffer, typed array, DataView) into a
// new ArrayBuffer; a string becomes its UTF-8 encoding, lone surrogates
// included as U+FFFD, as USVString conversion does.
func (n *native) bytes(v goja.Value) goja.Value {
	rt := n.h.Runtime()
	b := bytesOf(v)
	return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), b...)))
}

// bytesOf is httpkit.BytesOf: the bytes behind v, a string as its UTF-8
// encoding.
func bytesOf(v goja.Value) []byte { return httpkit.BytesOf(nil, v) }

// text decodes UTF-8 as Node does (each invalid sequence is one U+FFFD);
// stripBOM drops a leading BOM as TextDecoder (undici) does and
// Buffer#toString (node-fetch) does not.
func (n *native) text(v goja.Value, stripBOM bool) string {
	b := bytesOf(v)
	if stripBOM && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	return textcoding.DecodeUTF8(b)
}

// url parses input (against base when given) the WHATWG way, as Node's URL
// does, and returns its parts, or null when it is not a valid URL.
func (n *native) url(input, base goja.Value) goja.Value {
	rt := n.h.Runtime()
	b := ""
	if base != nil && !goja.IsUndefined(base) && !goja.IsNull(base) {
		b = base.String()
	}
	u, ok := parseURL(input.String(), b)
	if !ok {
		return goja.Null()
	}
	obj := rt.NewObject()
	for _, kv := range [][2]string{
		{"href", u.href()}, {"protocol", u.scheme + ":"}, {"username", u.username}, {"password", u.password},
		{"host", u.host()}, {"hostname", u.hostname}, {"port", u.port}, {"pathname", u.path},
		{"search", prefixed("?", u.query)}, {"hash", prefixed("#", u.fragment)}, {"origin", u.origin()},
	} {
		_ = obj.Set(kv[0], kv[1])
	}
	return obj
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// nodeStatusText is http.STATUS_CODES[code] in Node 20, where it differs
// from Go's table; node-fetch's Response defaults its statusText to it.
func nodeStatusText(code int) string {
	switch code {
	case 413:
		return "Payload Too Large"
	case 414:
		return "URI Too Long"
	case 416:
		return "Range Not Satisfiable"
	case 418:
		return "I'm a Teapot"
	case 509:
		return "Bandwidth Limit Exceeded"
	}
	return http.StatusText(code)
}

// utf16Of is s as JS sees it: positions in V8's messages count UTF-16
// code units.
func utf16Of(s string) []uint16 { return utf16.Encode([]rune(s)) }

func stringOf(u []uint16) string { return string(utf16.Decode(u)) }
