package harness

import (
	"encoding/base64"
	"maps"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"
)

// Redactor replaces every secret value in text with <secret:NAME>. It
// knows the forms a secret takes on its way out (see secretForms):
// as written, JSON-escaped, percent-encoded, and as hex and base64
// (inside Basic credentials or anywhere else), so no report, log or error
// can show one. The forms are computed once, in NewRedactor; masking a
// string is then one pass over it.
type Redactor struct {
	// long masks every form of every secret of shortSecret characters or
	// more, longest form first where several start at the same byte.
	long *patternSet
	// short are the forms of shorter secrets, masked only where they
	// stand as a token of their own: a short secret ("1", "dev") also
	// occurs inside phone numbers and host names, which must stay
	// readable.
	short []replacement
}

type replacement struct{ value, name string }

// shortSecret is the length under which a secret is masked as a whole
// token only, and never in hex or base64, where short runs occur by
// chance.
const shortSecret = 6

var basicRe = lazyre.New(`Basic ([A-Za-z0-9+/]+=*)`)

// NewRedactor prepares a redactor for secrets (name -> value). Empty
// values are skipped: they cannot leak.
func NewRedactor(secrets map[string]string) *Redactor {
	var long, short []replacement
	names := slices.Sorted(maps.Keys(secrets))
	for _, name := range names {
		value := secrets[name]
		if value == "" {
			continue
		}
		for _, form := range secretForms(value) {
			if len(value) < shortSecret {
				short = append(short, replacement{value: form, name: name})
			} else {
				long = append(long, replacement{value: form, name: name})
			}
		}
	}
	slices.SortStableFunc(short, func(a, b replacement) int { return len(b.value) - len(a.value) })
	return &Redactor{long: newPatternSet(long), short: short}
}

func marker(name string) string { return "<secret:" + name + ">" }

// Enabled reports whether there is anything to redact.
func (r *Redactor) Enabled() bool { return r != nil && (r.long != nil || len(r.short) > 0) }

// String masks every secret in s.
func (r *Redactor) String(s string) string {
	if !r.Enabled() || s == "" {
		return s
	}
	if strings.Contains(s, "Basic ") {
		s = basicRe().ReplaceAllStringFunc(s, r.basic)
	}
	return r.mask(s)
}

// mask replaces every form of every secret in s.
func (r *Redactor) mask(s string) string {
	s = r.long.replace(s)
	for _, e := range r.short {
		if strings.Contains(s, e.value) {
			s = replaceTokens(s, e.value, marker(e.name))
		}
	}
	return s
}

// replaceTokens replaces old where no letter or digit touches it; s
// itself (no copy) when old never stands alone.
func replaceTokens(s, old, repl string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for from := 0; ; {
		i := strings.Index(s[from:], old)
		if i < 0 {
			break
		}
		i += from
		end := i + len(old)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			b.Grow(len(s))
			b.WriteString(s[done:i])
			b.WriteString(repl)
			done = end
		}
		from = end
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// basic shows Basic credentials that hold a secret decoded and masked
// ("Basic <secret:SID>:<secret:TOKEN>"): readable, and nothing to decode.
func (r *Redactor) basic(match string) string {
	token := strings.TrimPrefix(match, "Basic ")
	decoded, err := base64.StdEncoding.DecodeString(token)
	if err != nil {
		return match
	}
	masked := r.mask(string(decoded))
	if masked == string(decoded) {
		return match
	}
	return "Basic " + masked
}

// Any masks secrets in every string inside a JSON-like value.
func (r *Redactor) Any(v any) any {
	switch x := v.(type) {
	case string:
		return r.String(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, val := range x {
			out[r.String(k)] = r.Any(val)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, val := range x {
			out[i] = r.Any(val)
		}
		return out
	default:
		return v
	}
}
