package fetch

import (
	"net/url"
	"strings"
)

// whatwgURL is a URL in the parts the WHATWG URL standard serializes, each
// already percent-encoded as Node's URL would hold it.
type whatwgURL struct {
	scheme, username, password, hostname, port string
	path, query, fragment                      string
	opaque                                     bool
}

var defaultPorts = map[string]string{"http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21"}

func isSpecial(scheme string) bool {
	_, ok := defaultPorts[scheme]
	return ok || scheme == "file"
}

// parseURL parses input, resolved against base when base is not empty,
// the way Node's URL does for the URLs hooks use: lower-case scheme and
// host, no default port, "/" for an empty path, dot segments removed, and
// the characters WHATWG percent-encodes in path, query and fragment
// encoded. ok is false where new URL() would throw.
func parseURL(input, base string) (whatwgURL, bool) {
	ref, err := url.Parse(cleanURLInput(input))
	if err != nil {
		return whatwgURL{}, false
	}
	if base != "" {
		b, err := url.Parse(cleanURLInput(base))
		if err != nil || b.Scheme == "" {
			return whatwgURL{}, false
		}
		ref = b.ResolveReference(ref)
	}
	if ref.Scheme == "" {
		return whatwgURL{}, false
	}
	u := whatwgURL{scheme: strings.ToLower(ref.Scheme)}
	if ref.Opaque != "" {
		if isSpecial(u.scheme) {
			return whatwgURL{}, false
		}
		u.opaque = true
		u.path = encodeSet(ref.Opaque, pathSet)
	} else {
		u.hostname = strings.ToLower(ref.Hostname())
		if strings.Contains(ref.Host, "[") {
			u.hostname = "[" + u.hostname + "]"
		}
		u.port = ref.Port()
		if u.port == defaultPorts[u.scheme] {
			u.port = ""
		}
		if ref.User != nil {
			u.username = encodeSet(ref.User.Username(), userinfoSet)
			if p, ok := ref.User.Password(); ok {
				u.password = encodeSet(p, userinfoSet)
			}
		}
		if isSpecial(u.scheme) && u.hostname == "" && u.scheme != "file" {
			return whatwgURL{}, false
		}
		raw := ref.RawPath
		if raw == "" {
			raw = ref.EscapedPath()
		}
		u.path = removeDotSegments(encodeSet(raw, pathSet))
		if u.path == "" && isSpecial(u.scheme) {
			u.path = "/"
		}
	}
	querySet := queryChars
	if isSpecial(u.scheme) {
		querySet = specialQueryChars
	}
	u.query = encodeSet(ref.RawQuery, querySet)
	frag := ref.RawFragment
	if frag == "" {
		frag = ref.EscapedFragment()
	}
	u.fragment = encodeSet(frag, fragmentSet)
	return u, true
}

// cleanURLInput drops what the URL parser ignores: leading and trailing
// C0 controls and spaces, and every tab and newline.
func cleanURLInput(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
	}
	return s
}

func (u whatwgURL) host() string {
	if u.port == "" {
		return u.hostname
	}
	return u.hostname + ":" + u.port
}

func (u whatwgURL) origin() string {
	if u.scheme == "http" || u.scheme == "https" {
		return u.scheme + "://" + u.host()
	}
	return "null"
}

func (u whatwgURL) href() string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if !u.opaque {
		b.WriteString("//")
		if u.username != "" || u.password != "" {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.host())
	}
	b.WriteString(u.path)
	if u.query != "" {
		b.WriteByte('?')
		b.WriteString(u.query)
	}
	if u.fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.fragment)
	}
	return b.String()
}

// The WHATWG percent-encode sets, beyond C0 controls and non-ASCII, which
// are always encoded.
const (
	fragmentSet       = " \"<>`"
	queryChars        = " \"#<>"
	specialQueryChars = " \"#<>'"
	pathSet           = " \"#<>?`{}"
	userinfoSet       = " \"#<>?`{}/:;=@[\\]^|"
)

// encodeSet percent-encodes the bytes of s in set, controls and non-ASCII,
// leaving existing escapes alone.
func encodeSet(s, set string) string {
	const hex = "0123456789ABCDEF"
	needs := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || strings.IndexByte(set, c) >= 0 {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || strings.IndexByte(set, c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// removeDotSegments resolves "." and ".." segments (also written %2e) as
// the URL parser does.
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	segments := strings.Split(p, "/")
	out := make([]string, 0, len(segments))
	for i, seg := range segments {
		last := i == len(segments)-1
		switch strings.ToLower(seg) {
		case ".", "%2e":
			if last {
				out = append(out, "")
			}
		case "..", ".%2e", "%2e.", "%2e%2e":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, seg)
		}
	}
	return strings.Join(out, "/")
}
