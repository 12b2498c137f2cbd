package url

import (
	"strings"

	"github.com/dop251/goja"
)

// goja_nodejs serializes URLSearchParams leaving '+' as it is, which a
// server reads back as a space: an E.164 number like +18085555555 would
// arrive as " 18085555555". Node percent-encodes it. These functions put
// Node's serializer in front of goja_nodejs's.

// formEncode is the application/x-www-form-urlencoded serializer: bytes
// outside A-Za-z0-9*-._ percent-encoded, space as '+'. keepPlus gives
// goja_nodejs's variant instead.
func formEncode(pairs [][2]string, keepPlus bool) string {
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		formEncodeTo(&b, p[0], keepPlus)
		b.WriteByte('=')
		formEncodeTo(&b, p[1], keepPlus)
	}
	return b.String()
}

func formEncodeTo(b *strings.Builder, s string, keepPlus bool) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			b.WriteByte('+')
		case c == '+' && keepPlus, c == '*', c == '-', c == '.', c == '_',
			c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}

// pairsOf reads a URLSearchParams object's pairs through its iterator.
func pairsOf(rt *goja.Runtime, params goja.Value) [][2]string {
	var pairs [][2]string
	rt.ForOf(params, func(entry goja.Value) bool {
		pair := entry.ToObject(rt)
		pairs = append(pairs, [2]string{pair.Get("0").String(), pair.Get("1").String()})
		return true
	})
	return pairs
}

// fixSearchParamsToString replaces URLSearchParams.prototype.toString.
func fixSearchParamsToString(rt *goja.Runtime, ctor *goja.Object) {
	proto := ctor.Get("prototype").(*goja.Object)
	_ = proto.Set("toString", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(formEncode(pairsOf(rt, call.This), false))
	})
}

// fixQuery corrects the search part ("?...") of a URL that goja_nodejs
// rebuilt from its searchParams. A query it rebuilt equals its own
// serialization of the pairs; one the script wrote literally does not
// when it differs from Node's, since a literal '+' reads back as a space.
func fixQuery(rt *goja.Runtime, search string, searchParams goja.Value) string {
	if !strings.Contains(search, "+") {
		return search
	}
	pairs := pairsOf(rt, searchParams)
	if search != "?"+formEncode(pairs, true) {
		return search
	}
	return "?" + formEncode(pairs, false)
}
