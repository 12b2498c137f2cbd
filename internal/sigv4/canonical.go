package sigv4

import (
	"fmt"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
)

// Bounds on what a request may make the canonicalisation do; far above
// anything an SDK sends.
const (
	MaxQueryParams   = 1000
	MaxSignedHeaders = 64
	MaxHeaderBytes   = 16 << 10
)

// CanonicalRequest builds the canonical request of a request: method, its
// decoded path and raw query, its headers and host, the names of the
// headers to sign (lower case, sorted) and the payload's hex SHA-256.
func CanonicalRequest(method, decodedPath, rawQuery string, header http.Header, host string, signed []string, payloadHash string) (string, error) {
	query, err := canonicalQuery(rawQuery)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(method)
	b.WriteByte('\n')
	b.WriteString(canonicalPath(decodedPath))
	b.WriteByte('\n')
	b.WriteString(query)
	b.WriteByte('\n')
	for _, name := range signed {
		b.WriteString(name)
		b.WriteByte(':')
		b.WriteString(headerValue(header, host, name))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(strings.Join(signed, ";"))
	b.WriteByte('\n')
	b.WriteString(payloadHash)
	return b.String(), nil
}

// canonicalPath resolves dot segments and repeated slashes, keeps a
// trailing slash, and encodes each segment.
func canonicalPath(p string) string {
	if p == "" {
		return "/"
	}
	clean := path.Clean("/" + p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	segments := strings.Split(clean, "/")
	for i, s := range segments {
		segments[i] = Escape(s)
	}
	return strings.Join(segments, "/")
}

// canonicalQuery decodes a raw query and writes it back encoded and
// sorted by name, then by value.
func canonicalQuery(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	if n := strings.Count(raw, "&") + 1; n > MaxQueryParams {
		return "", fmt.Errorf("the query has %d parameters, more than the %d this signer reads", n, MaxQueryParams)
	}
	pairs := make([]string, 0, strings.Count(raw, "&")+1)
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		name, value, _ := strings.Cut(part, "=")
		dn, err := url.QueryUnescape(name)
		if err != nil {
			return "", fmt.Errorf("the query parameter %q is not valid percent-encoding: %w", name, err)
		}
		dv, err := url.QueryUnescape(value)
		if err != nil {
			return "", fmt.Errorf("the value of query parameter %q is not valid percent-encoding: %w", dn, err)
		}
		pairs = append(pairs, Escape(dn)+"="+Escape(dv))
	}
	// "=" sorts before every escaped character, so sorting whole pairs
	// sorts by name first and by value among equal names.
	sort.Strings(pairs)
	return strings.Join(pairs, "&"), nil
}

// headerValue is a signed header's canonical value: host from the
// request's host, any other joined from its values in the order sent.
func headerValue(header http.Header, host, name string) string {
	if name == "host" {
		return trimAll(host)
	}
	values := header.Values(name)
	if values == nil {
		values = lookupFold(header, name)
	}
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = trimAll(v)
	}
	return strings.Join(out, ",")
}

// lookupFold finds a header whose name was stored without Go's
// canonical casing (set directly in the map).
func lookupFold(header http.Header, name string) []string {
	for k, v := range header {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return nil
}

// trimAll trims a header value and makes every run of spaces and tabs
// inside it one space.
func trimAll(v string) string {
	return strings.Join(strings.Fields(v), " ")
}

// Escape percent-encodes s as SigV4 does: every byte but A-Z a-z 0-9 - . _
// ~ becomes %XX in upper-case hex.
func Escape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func unreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}
