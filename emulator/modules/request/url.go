package request

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"
)

// legacyURL is what Node's url.parse returns, the object request keeps as
// request.uri; empty pointers are nulls.
type legacyURL struct {
	protocol, auth, host, port, hostname, hash, search, query *string
	slashes                                                   bool
	pathname, path, href                                      string
}

func str(s string) *string { return &s }

// slashedProtocols are the schemes url.parse expects "//" after, and so
// gives a "/" path when none is written.
var slashedProtocols = map[string]bool{"http:": true, "https:": true, "ftp:": true, "gopher:": true, "file:": true, "ws:": true, "wss:": true}

// parseLegacy is url.parse(s) for the URLs hooks pass request: protocol
// and host lower-cased, the port kept as written, characters Node escapes
// automatically in the path, query and hash percent-encoded, href
// rebuilt by url.format.
func parseLegacy(s string) legacyURL {
	rest := strings.TrimSpace(s)
	var u legacyURL
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.hash = str(autoEscape(rest[i:]))
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.search = str(autoEscape(rest[i:]))
		u.query = str((*u.search)[1:])
		rest = rest[:i]
	}
	if proto := schemeOf(rest); proto != "" {
		u.protocol = str(strings.ToLower(proto))
		rest = rest[len(proto):]
	}
	if strings.HasPrefix(rest, "//") && (u.protocol == nil || slashedProtocols[*u.protocol]) {
		u.slashes = true
		rest = rest[2:]
		end := strings.IndexAny(rest, "/\\")
		if end < 0 {
			end = len(rest)
		}
		authority := rest[:end]
		rest = rest[end:]
		if at := strings.LastIndexByte(authority, '@'); at >= 0 {
			if a, err := url.PathUnescape(authority[:at]); err == nil {
				u.auth = str(a)
			} else {
				u.auth = str(authority[:at])
			}
			authority = authority[at+1:]
		}
		host := strings.ToLower(authority)
		hostname := host
		if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.HasSuffix(host, "]") && allDigits(host[i+1:]) {
			hostname = host[:i]
			if host[i+1:] != "" {
				u.port = str(host[i+1:])
			} else {
				host = hostname
			}
		}
		hostname = strings.TrimSuffix(strings.TrimPrefix(hostname, "["), "]")
		u.hostname, u.host = str(hostname), str(host)
	}
	u.pathname = autoEscape(strings.ReplaceAll(rest, "\\", "/"))
	if u.pathname == "" && u.protocol != nil && slashedProtocols[*u.protocol] && u.host != nil {
		u.pathname = "/"
	}
	u.path = u.pathname + deref(u.search)
	u.href = u.format()
	return u
}

func schemeOf(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case c == ':' && i > 0:
			return s[:i+1]
		default:
			return ""
		}
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// autoEscape percent-encodes what url.parse escapes on its own, and
// non-ASCII, which Node's http would refuse in a path.
func autoEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || strings.IndexByte("{}|\\^`'\"<> \r\n\t", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// format is url.format of the parsed object.
func (u legacyURL) format() string {
	var b strings.Builder
	b.WriteString(deref(u.protocol))
	if u.slashes || (u.protocol != nil && slashedProtocols[*u.protocol] && u.host != nil) {
		b.WriteString("//")
	}
	if u.auth != nil {
		b.WriteString(strings.ReplaceAll(encodeURIComponent(*u.auth), "%3A", ":"))
		b.WriteByte('@')
	}
	b.WriteString(deref(u.host))
	b.WriteString(u.pathname)
	b.WriteString(deref(u.search))
	b.WriteString(deref(u.hash))
	return b.String()
}

// object is the Url object, properties in url.parse's order.
func (u legacyURL) object(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	orNull := func(p *string) goja.Value {
		if p == nil {
			return goja.Null()
		}
		return rt.ToValue(*p)
	}
	slashes := goja.Null()
	if u.slashes {
		slashes = rt.ToValue(true)
	}
	_ = obj.Set("protocol", orNull(u.protocol))
	_ = obj.Set("slashes", slashes)
	_ = obj.Set("auth", orNull(u.auth))
	_ = obj.Set("host", orNull(u.host))
	_ = obj.Set("port", orNull(u.port))
	_ = obj.Set("hostname", orNull(u.hostname))
	_ = obj.Set("hash", orNull(u.hash))
	_ = obj.Set("search", orNull(u.search))
	_ = obj.Set("query", orNull(u.query))
	_ = obj.Set("pathname", u.pathname)
	_ = obj.Set("path", u.path)
	_ = obj.Set("href", u.href)
	return obj
}

// resolve is url.resolve(base, ref) for a redirect's Location.
func resolve(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// encodeURIComponent is JavaScript's, over the UTF-8 bytes of s.
func encodeURIComponent(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
