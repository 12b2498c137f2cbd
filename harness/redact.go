package harness

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Redactor replaces every secret value in text with <secret:NAME>. It
// knows the forms a secret takes on its way out: as written, JSON-escaped,
// URL-encoded, and base64-encoded (inside Basic credentials or anywhere
// else), so no report, log or error can show one.
type Redactor struct {
	plain   []replacement // longest first, so a secret inside another is not half-masked
	encoded []replacement // base64 runs of each secret at each alignment
}

type replacement struct {
	value, name string
	// whole masks the value only where it stands as a token of its own:
	// a short secret ("1", "dev") also occurs inside phone numbers and
	// host names, which must stay readable.
	whole bool
}

// shortSecret is the length under which a secret is masked as a whole
// token only.
const shortSecret = 6

// minBase64Run is the shortest base64 run worth masking: shorter runs occur
// by chance in any base64 text.
const minBase64Run = 6

var basicRe = regexp.MustCompile(`Basic ([A-Za-z0-9+/]+=*)`)

// NewRedactor prepares a redactor for secrets (name -> value). Empty
// values are skipped: they cannot leak.
func NewRedactor(secrets map[string]string) *Redactor {
	r := &Redactor{}
	names := make([]string, 0, len(secrets))
	for name := range secrets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		value := secrets[name]
		if value == "" {
			continue
		}
		for _, form := range secretForms(value) {
			r.plain = append(r.plain, replacement{value: form, name: name, whole: len(value) < shortSecret})
		}
		for _, run := range base64Runs(value) {
			r.encoded = append(r.encoded, replacement{value: run, name: name})
		}
	}
	sort.SliceStable(r.plain, func(i, j int) bool { return len(r.plain[i].value) > len(r.plain[j].value) })
	return r
}

// secretForms are the spellings of value that can appear in output.
func secretForms(value string) []string {
	forms := []string{value}
	if quoted, err := json.Marshal(value); err == nil {
		if s := string(quoted[1 : len(quoted)-1]); s != value {
			forms = append(forms, s)
		}
	}
	for _, s := range []string{url.QueryEscape(value), url.PathEscape(value)} {
		if s != value {
			forms = append(forms, s)
		}
	}
	return forms
}

// base64Runs are the parts of base64(prefix+value+suffix) that depend on
// value alone, for each of the three alignments value can have.
func base64Runs(value string) []string {
	var runs []string
	for offset := 0; offset < 3; offset++ {
		enc := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("\x00", offset) + value))
		start := (offset*8 + 5) / 6
		end := (offset + len(value)) * 8 / 6
		if end-start >= minBase64Run {
			runs = append(runs, enc[start:end])
		}
	}
	return runs
}

// Enabled reports whether there is anything to redact.
func (r *Redactor) Enabled() bool { return r != nil && len(r.plain) > 0 }

// String masks every secret in s.
func (r *Redactor) String(s string) string {
	if !r.Enabled() || s == "" {
		return s
	}
	if strings.Contains(s, "Basic ") {
		s = basicRe.ReplaceAllStringFunc(s, r.basic)
	}
	s = replaceAll(s, r.plain)
	return replaceAll(s, r.encoded)
}

// replaceAll masks each value in order. A secret's count is small, so
// checking each is cheaper than building a strings.Replacer per run.
func replaceAll(s string, list []replacement) string {
	for _, e := range list {
		if !strings.Contains(s, e.value) {
			continue
		}
		if e.whole {
			s = replaceTokens(s, e.value, "<secret:"+e.name+">")
		} else {
			s = strings.ReplaceAll(s, e.value, "<secret:"+e.name+">")
		}
	}
	return s
}

// replaceTokens replaces old where no letter or digit touches it.
func replaceTokens(s, old, repl string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(old)
		standalone := (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end]))
		b.WriteString(s[:i])
		if standalone {
			b.WriteString(repl)
		} else {
			b.WriteString(old)
		}
		s = s[end:]
	}
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
	masked := replaceAll(string(decoded), r.plain)
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
