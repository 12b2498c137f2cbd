package harness

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The spellings a secret takes on its way out of hook code are computed
// here once per secret, so masking a string is one pass over it. Each
// encoder is one that JS code (or hookemu's own Go reporting) commonly
// applies: JSON.stringify and Go's encoding/json, encodeURIComponent and
// friends, Buffer's base64, base64url and hex.

// secretForms are the spellings of value to mask: as written,
// JSON-escaped once and twice (a JSON.stringify result logged inside
// another JSON text), and each of the first two percent-encoded; for a
// secret that is not short, also as hex and base64.
func secretForms(value string) []string {
	once := []string{value}
	if !plainBytes(value, jsonKept) {
		for _, escape := range jsonEscapes {
			once = appendNew(once, escape(value))
		}
	}
	forms := slices.Clone(once)
	for _, s := range once[1:] {
		forms = appendNew(forms, jsonJS(s), jsonGo(s, true))
	}
	for _, s := range once {
		forms = appendNew(forms, urlForms(s)...)
		if len(value) >= shortSecret {
			forms = appendNew(forms, binaryForms(s)...)
		}
	}
	return appendNew(forms, urlTails(value)...)
}

// minURLTail is the shortest path a secret URL's path is masked alone
// at: shorter ones ("/v1/") are common words of other URLs.
const minURLTail = 12

// urlTails are the parts of a secret URL that carry its secret (a Slack
// webhook's path is its token), as reports show them apart from the
// scheme: host and path, and the path with and without its query.
func urlTails(value string) []string {
	u, err := url.Parse(value)
	if err != nil || u.Scheme == "" || u.Host == "" || len(u.EscapedPath()) < minURLTail {
		return nil
	}
	return appendNew(nil, u.Host+u.RequestURI(), u.RequestURI(), u.EscapedPath())
}

// jsonKept are the ASCII punctuation bytes no JSON encoder escapes.
const jsonKept = " !#$%'()*+,-.:;=?@[]^_`{|}~"

// jsonEscapes are the ways a JSON encoder escapes a string's content.
var jsonEscapes = []func(string) string{
	jsonJS,
	func(s string) string { return jsonGo(s, true) },
	func(s string) string { return jsonGo(s, false) },
	jsonASCII,
	func(s string) string { return strings.ReplaceAll(jsonJS(s), "/", `\/`) },
}

// jsonJS escapes s as JSON.stringify does: quote, backslash, the short
// escapes, and \u00xx for other control characters.
func jsonJS(s string) string {
	var b strings.Builder
	for _, r := range s {
		writeJSONRune(&b, r)
	}
	return b.String()
}

// jsonASCII escapes s as ASCII-only encoders do (jsesc, Python's json):
// every non-ASCII character and HTML's <, > and & as \uXXXX.
func jsonASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<' || r == '>' || r == '&' || r >= utf8.RuneSelf:
			for _, unit := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&b, `\u%04x`, unit)
			}
		default:
			writeJSONRune(&b, r)
		}
	}
	return b.String()
}

func writeJSONRune(b *strings.Builder, r rune) {
	switch r {
	case '"', '\\':
		b.WriteByte('\\')
		b.WriteRune(r)
	case '\b':
		b.WriteString(`\b`)
	case '\f':
		b.WriteString(`\f`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	default:
		if r < 0x20 {
			fmt.Fprintf(b, `\u%04x`, r)
		} else {
			b.WriteRune(r)
		}
	}
}

// jsonGo escapes s as encoding/json does, with or without HTML escaping
// (<, >, & as \u003c, \u003e, \u0026).
func jsonGo(s string, html bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		return s // a string always encodes
	}
	out := bytes.TrimSpace(buf.Bytes())
	return string(out[1 : len(out)-1])
}

// urlForms are s percent-encoded by every common encoder, with upper- and
// lower-case hex digits.
func urlForms(s string) []string {
	if plainBytes(s, "-_.") {
		return nil // every encoder keeps s as it is
	}
	var out []string
	for _, enc := range percentEncoders {
		upper := enc.encode(s)
		out = appendNew(out, upper, lowerHexEscapes(upper))
	}
	escaped := jsEscape(s)
	return appendNew(out, escaped, lowerHexEscapes(escaped))
}

// percentEncoder keeps alphanumerics and the bytes in keep, writes space
// as + when spacePlus, and %XX for every other byte of the UTF-8 text.
type percentEncoder struct {
	keep      string
	spacePlus bool
}

// percentEncoders are encodeURIComponent (and Node's querystring),
// encodeURI, URLSearchParams, axios's params, and Go's QueryEscape and
// PathEscape.
var percentEncoders = []percentEncoder{
	{keep: "-_.!~*'()"},
	{keep: "-_.!~*'();,/?:@&=+$#"},
	{keep: "*-._", spacePlus: true},
	{keep: "-_.!~*'():$,[]", spacePlus: true},
	{keep: "-_.~", spacePlus: true},
	{keep: "-_.~$&+:=@"},
}

func (e percentEncoder) encode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlnum(c) || strings.IndexByte(e.keep, c) >= 0:
			b.WriteByte(c)
		case c == ' ' && e.spacePlus:
			b.WriteByte('+')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// jsEscape is JS's escape(): %XX below U+0100, %uXXXX above, per UTF-16
// unit.
func jsEscape(s string) string {
	var b strings.Builder
	for _, unit := range utf16.Encode([]rune(s)) {
		switch {
		case unit < utf8.RuneSelf && (isAlnum(byte(unit)) || strings.IndexByte("@*_+-./", byte(unit)) >= 0):
			b.WriteByte(byte(unit))
		case unit < 0x100:
			fmt.Fprintf(&b, "%%%02X", unit)
		default:
			fmt.Fprintf(&b, "%%u%04X", unit)
		}
	}
	return b.String()
}

// plainBytes says whether s holds only letters, digits and the bytes in
// extra, which no encoder escapes.
func plainBytes(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && strings.IndexByte(extra, s[i]) < 0 {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lowerHexEscapes writes the hex digits of every %XX and %uXXXX in lower
// case, as some encoders do.
func lowerHexEscapes(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '%' {
			continue
		}
		n := 2
		if i+1 < len(b) && b[i+1] == 'u' {
			i, n = i+1, 4
		}
		for j := i + 1; j <= i+n && j < len(b); j++ {
			if b[j] >= 'A' && b[j] <= 'F' {
				b[j] += 'a' - 'A'
			}
		}
	}
	return string(b)
}

// binaryForms are s as hex (both cases) and as base64 and base64url:
// whole (padded and not) and, for s embedded in a longer encoded text
// ("user:secret" in Basic credentials), the characters that depend on s
// alone at each of the three alignments s can have.
func binaryForms(s string) []string {
	out := []string{hex.EncodeToString([]byte(s)), strings.ToUpper(hex.EncodeToString([]byte(s)))}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
		whole := enc.EncodeToString([]byte(s))
		out = appendNew(out, whole, strings.TrimRight(whole, "="))
		out = appendNew(out, base64Runs(enc, s)...)
	}
	return out
}

// minBase64Run is the shortest base64 run worth masking: shorter runs occur
// by chance in any base64 text.
const minBase64Run = 6

// base64Runs are the parts of enc(prefix+value+suffix) that depend on
// value alone, for each of the three alignments value can have.
func base64Runs(enc *base64.Encoding, value string) []string {
	var runs []string
	for offset := 0; offset < 3; offset++ {
		encoded := enc.EncodeToString([]byte(strings.Repeat("\x00", offset) + value))
		start := (offset*8 + 5) / 6
		end := (offset + len(value)) * 8 / 6
		if end-start >= minBase64Run {
			runs = append(runs, encoded[start:end])
		}
	}
	return runs
}

// appendNew appends each of forms not in list yet.
func appendNew(list []string, forms ...string) []string {
	for _, f := range forms {
		if f != "" && !slices.Contains(list, f) {
			list = append(list, f)
		}
	}
	return list
}
