package axios

import "strings"

// Ports of axios.js's URL helpers for the ASCII URLs the native path
// takes (precheck sends any other to axios.js).

// isAbsoluteURL is /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url).
func isAbsoluteURL(url string) bool {
	return strings.HasPrefix(url[schemeEnd(url):], "//")
}

// schemeEnd is the length of a leading "scheme:", or 0.
func schemeEnd(s string) int {
	if s == "" || !isAlpha(s[0]) {
		return 0
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlpha(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.':
		case c == ':':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// combineURLs joins as axios does; 1.6.3 trims at most two slashes off
// the base.
func combineURLs(base, rel string, trimTwo bool) string {
	if rel == "" {
		return base
	}
	if trimTwo {
		// /\/?\/$/
		if strings.HasSuffix(base, "//") {
			base = base[:len(base)-2]
		} else {
			base = strings.TrimSuffix(base, "/")
		}
	} else {
		base = strings.TrimRight(base, "/")
	}
	return base + "/" + strings.TrimLeft(rel, "/")
}

// target is parseURL's result.
type target struct {
	protocol, hostname, port, path string
}

func (t target) url() string {
	if t.port != "" {
		return t.protocol + "//" + t.hostname + ":" + t.port + t.path
	}
	return t.protocol + "//" + t.hostname + t.path
}

// parseURL is axios.js's for an http(s) URL without user info; ok is
// false for anything else (a relative URL, another protocol, user info),
// which the native path leaves to axios.js.
func parseURL(full string, v1 bool) (target, bool) {
	if !isASCII(full) {
		return target{}, false
	}
	n := schemeEnd(full)
	if !strings.HasPrefix(full[n:], "//") {
		return target{}, false
	}
	protocol := strings.ToLower(full[:n])
	rest := full[n+2:]
	end := strings.IndexAny(rest, "/?#")
	if end == -1 {
		end = len(rest)
	}
	authority := rest[:end]
	rest = rest[end:]
	if i := strings.IndexByte(rest, '#'); i != -1 {
		rest = rest[:i]
	}
	if strings.IndexByte(authority, '@') != -1 {
		return target{}, false
	}
	host, port, ok := splitHostPort(authority)
	if !ok {
		return target{}, false
	}
	if (protocol == "http:" && port == "80") || (protocol == "https:" && port == "443") {
		port = ""
	}
	if protocol == "" && v1 {
		// 1.x's new URL() refuses a protocol-relative URL: axios.js
		// rejects it.
		return target{}, false
	}
	if protocol == "" {
		// A protocol-relative URL: Node was asked for http.
		protocol = "http:"
	}
	if protocol != "http:" && protocol != "https:" {
		return target{}, false
	}
	if v1 && rest != "" && strings.IndexByte(rest, '?') == len(rest)-1 {
		// 1.x reads pathname + search off new URL(), whose search is
		// empty for a bare '?'.
		rest = rest[:len(rest)-1]
	}
	if rest == "" {
		rest = "/"
	}
	if rest[0] != '/' {
		rest = "/" + rest
	}
	return target{protocol: protocol, hostname: strings.ToLower(host), port: port, path: escapeTarget(rest, v1)}, true
}

// splitHostPort is /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/ on the authority.
func splitHostPort(a string) (host, port string, ok bool) {
	var i int
	if strings.HasPrefix(a, "[") {
		j := strings.IndexByte(a, ']')
		if j == -1 {
			return "", "", false
		}
		i = j + 1
	} else {
		i = strings.IndexByte(a, ':')
		if i == -1 {
			i = len(a)
		}
	}
	host, rest := a[:i], a[i:]
	if rest == "" {
		return host, "", true
	}
	if rest[0] != ':' {
		return "", "", false
	}
	for j := 1; j < len(rest); j++ {
		if rest[j] < '0' || rest[j] > '9' {
			return "", "", false
		}
	}
	return host, rest[1:], true
}

// escapeTarget percent-encodes what Node would not put on the wire, for
// an ASCII target.
func escapeTarget(t string, v1 bool) string {
	q := strings.IndexByte(t, '?')
	if q == -1 {
		q = len(t)
	}
	var b []byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		var esc bool
		if !v1 {
			esc = strings.IndexByte("{}|\\^`'<>\" \r\n\t", c) != -1
		} else {
			esc = c <= 0x20 || c == '"' || c == '<' || c == '>' || c == 0x7f
			if i < q {
				esc = esc || c == '`' || c == '{' || c == '}'
			} else {
				esc = esc || c == '\''
			}
		}
		if esc && !unreserved(c) {
			if b == nil {
				b = append(make([]byte, 0, len(t)+8), t[:i]...)
			}
			b = append(b, '%', hexUpper[c>>4], hexUpper[c&15])
		} else if b != nil {
			b = append(b, c)
		}
	}
	if b == nil {
		return t
	}
	return string(b)
}

const hexUpper = "0123456789ABCDEF"

// unreserved are the characters encodeURIComponent leaves alone.
func unreserved(c byte) bool {
	return isAlpha(c) || c >= '0' && c <= '9' || strings.IndexByte("-_.!~*'()", c) != -1
}

// ---- params ----

// serializeParams is buildURL's serialization of params for the default
// serializer: 0.x's (key[]=v arrays, JSON objects) and 1.x's (toFormData
// pairs) agree for a plain object of primitives, which is all the native
// path takes. ok is false for anything else.
func (m *module) serializeParams(params val) (string, bool) {
	if !m.isPlainObject(params) {
		return "", false
	}
	var b strings.Builder
	ok := true
	m.each(params, func(key string, v val) {
		if !ok || v.isUndefined() || m.isNull(v) {
			return
		}
		switch m.typeOf(v) {
		case "string", "number", "boolean":
		default:
			ok = false
			return
		}
		if m.f.v1 {
			key = strings.Trim(key, " \t\n\v\f\r")
		}
		s := m.stringOf(v)
		if strings.ContainsRune(s, '\uFFFD') || strings.ContainsRune(key, '\uFFFD') {
			// Possibly a lone surrogate, which encodeURIComponent throws on.
			ok = false
			return
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		m.encode(&b, key)
		b.WriteByte('=')
		m.encode(&b, s)
	})
	return b.String(), ok
}

// encode is buildURL's encode: encodeURIComponent with some characters
// put back.
func (m *module) encode(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		switch {
		case c == '@' && !m.f.modernMerge, c == ':', c == '$', c == ',':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		case (c == '[' || c == ']') && !m.f.encodeBrackets:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexUpper[c>>4])
			b.WriteByte(hexUpper[c&15])
		}
	}
}
