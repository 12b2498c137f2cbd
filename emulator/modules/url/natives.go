package url

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/querystring"
)

// natives are the Go bindings legacy.js gets.
func natives(rt *goja.Runtime, warn func(string)) map[string]any {
	return map[string]any{
		"isURL":       func(v goja.Value) bool { return isURL(rt, v) },
		"qsParse":     func(s string) *goja.Object { return querystring.Parse(rt, s) },
		"qsStringify": func(v goja.Value) string { return querystring.Stringify(rt, v) },
		"encodeAuth":  func(s string) string { return querystring.EscapeWith(s, &noEscapeAuth) },
		"autoEscape":  autoEscape,
		"toASCII":     idna(rt, "domainToASCII", func(h string) bool { return !isASCII(h) }),
		"toUnicode":   idna(rt, "domainToUnicode", func(h string) bool { return strings.Contains(h, "xn--") }),
		"describe":    describe,
		"warn":        warn,
	}
}

// isURL reports whether v is a WHATWG URL; none exists before the class
// is built.
func isURL(rt *goja.Runtime, v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok || !whatwgBuilt(rt) {
		return false
	}
	ctor, _ := whatwg(rt).Get("URL").(*goja.Object)
	return ctor != nil && rt.InstanceOf(obj, ctor)
}

// idna converts a hostname with goja_nodejs's domainToASCII or
// domainToUnicode when it needs converting.
func idna(rt *goja.Runtime, name string, needed func(string) bool) func(string) string {
	return func(host string) string {
		if !needed(host) {
			return host
		}
		convert, ok := goja.AssertFunction(whatwg(rt).Get(name))
		if !ok {
			return host
		}
		v, err := convert(goja.Undefined(), rt.ToValue(host))
		if err != nil {
			return ""
		}
		return v.String()
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// noEscapeAuth is what url.format leaves unescaped in the auth part: the
// querystring set plus ':'.
var noEscapeAuth = func() (t [128]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'():" {
		t[c] = true
	}
	return t
}()

// autoEscaped are the characters url.parse escapes in paths: delimiters
// and unwise characters from RFC 2396, and the single quote.
var autoEscaped = map[byte]string{
	'\t': "%09", '\n': "%0A", '\r': "%0D", ' ': "%20", '"': "%22", '\'': "%27",
	'<': "%3C", '>': "%3E", '\\': "%5C", '^': "%5E", '`': "%60", '{': "%7B", '|': "%7C", '}': "%7D",
}

func autoEscape(s string) string {
	if !strings.ContainsAny(s, "\t\n\r \"'<>\\^`{|}") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if e, ok := autoEscaped[s[i]]; ok {
			b.WriteString(e)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// describe names an object passed as a wrong argument, as Node's error
// messages do.
func describe(v *goja.Object) string {
	name := func(o *goja.Object) string {
		if n := o.Get("name"); n != nil {
			return n.String()
		}
		return ""
	}
	if _, isFn := goja.AssertFunction(v); isFn {
		return "function " + name(v)
	}
	if ctor, ok := v.Get("constructor").(*goja.Object); ok {
		return "an instance of " + name(ctor)
	}
	return "an instance of Object"
}
