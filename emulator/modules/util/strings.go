package util

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// quote is Node's strEscape: single quotes unless the string contains
// one, then double quotes, then backticks; control characters escaped.
func quote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		switch {
		case strings.IndexByte(s, '"') < 0:
			q = '"'
		case strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${"):
			q = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) && q == '\'', r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			b.WriteString(escapeControl(r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func escapeControl(r rune) string {
	switch r {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	}
	return fmt.Sprintf(`\x%02X`, r)
}

// formatKey prints a property name as Node does: bare when it is an
// identifier, quoted otherwise, in brackets when hidden or a symbol.
func formatKey(key goja.Value, enumerable bool) string {
	if sym, ok := key.(*goja.Symbol); ok {
		return "[" + escapeAll(symbolString(sym)) + "]"
	}
	k := key.String()
	switch {
	case k == "__proto__":
		return "['__proto__']"
	case !enumerable:
		return "[" + escapeAll(k) + "]"
	case isIdentifier(k):
		return k
	}
	return quote(k)
}

func escapeAll(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			b.WriteString(escapeControl(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isIdentifier matches Node's keyStrRegExp, /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// jsLen is the length of s in UTF-16 code units, JavaScript's length.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// jsSlice returns the first n UTF-16 code units of s (a surrogate pair
// is not split).
func jsSlice(s string, n int) string {
	units := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

func padStart(s string, width int) string {
	if n := jsLen(s); n < width {
		return strings.Repeat(" ", width-n) + s
	}
	return s
}

func padEnd(s string, width int) string {
	if n := jsLen(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// symbolString is Symbol.prototype.toString: goja's String gives only
// the description.
func symbolString(sym *goja.Symbol) string {
	return "Symbol(" + sym.String() + ")"
}

var reflectBigInt = reflect.TypeOf((*big.Int)(nil))

func isBigInt(v goja.Value) bool {
	return v != nil && v.ExportType() == reflectBigInt
}
