package querystring

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hookemu/hookemu/emulator/modules/textcoding"
)

// noEscape marks the ASCII characters querystring.escape leaves alone:
// A-Z a-z 0-9 - _ . ! ~ * ' ( ), the same set as encodeURIComponent.
var noEscape = func() (t [128]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()" {
		t[c] = true
	}
	return t
}()

const upperHex = "0123456789ABCDEF"

// Escape is querystring.escape: percent-encoding of the UTF-8 bytes of
// every character outside the unreserved set, in upper-case hex.
func Escape(s string) string {
	return EscapeWith(s, &noEscape)
}

// EscapeWith escapes every byte outside keep; url.format uses it with a
// set that also keeps ':' for the auth part.
func EscapeWith(s string, keep *[128]bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && keep[c] {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
	return b.String()
}

// Unescape is querystring.unescape: decodeURIComponent, or when that
// would throw, the lenient byte decoder Node falls back to.
func Unescape(s string, decodeSpaces bool) string {
	if decoded, ok := DecodeURIComponent(s); ok {
		return decoded
	}
	return textcoding.DecodeUTF8(unescapeBuffer(s, decodeSpaces))
}

// DecodeURIComponent is the JS global; ok is false where it would throw
// a URIError (a malformed escape, or escapes that are not UTF-8).
func DecodeURIComponent(s string) (string, bool) {
	if strings.IndexByte(s, '%') < 0 {
		return s, true
	}
	var out strings.Builder
	var run []byte // consecutive escaped bytes, which must form UTF-8
	for i := 0; i < len(s); {
		if s[i] != '%' {
			if !utf8.Valid(run) {
				return "", false
			}
			out.Write(run)
			run = run[:0]
			out.WriteByte(s[i])
			i++
			continue
		}
		hi, lo := unhex(s, i+1), unhex(s, i+2)
		if hi < 0 || lo < 0 {
			return "", false
		}
		run = append(run, byte(hi<<4|lo))
		i += 3
	}
	if !utf8.Valid(run) {
		return "", false
	}
	out.Write(run)
	return out.String(), true
}

func unhex(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	return unhexByte(s[i])
}

func unhexByte(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unescapeBuffer is Node's: valid %XX escapes decoded, anything else
// kept, over the string's UTF-16 code units each truncated to a byte (a
// quirk that turns stray non-ASCII characters into U+FFFD later).
func unescapeBuffer(s string, decodeSpaces bool) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, len(units))
	for i := 0; i < len(units); i++ {
		c := units[i]
		switch {
		case c == '+' && decodeSpaces:
			out = append(out, ' ')
			continue
		case c == '%' && i < len(units)-2:
			hi, lo := unhexUnit(units[i+1]), unhexUnit(units[i+2])
			if hi >= 0 && lo >= 0 {
				out = append(out, byte(hi<<4|lo))
				i += 2
				continue
			}
		}
		out = append(out, byte(c))
	}
	return out
}

func unhexUnit(c uint16) int {
	if c >= 128 {
		return -1
	}
	return unhexByte(byte(c))
}
