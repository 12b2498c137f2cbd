package deploy

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// keywords are a0deploy's keyword replace mappings, in the order it
// applies them (auth0-deploy-cli src/tools/utils.ts keywordReplace).
type keywords struct {
	keys []string
	vals map[string]keywordValue
}

// keywordValue is one mapping's value as the two markers write it.
type keywordValue struct {
	json  string // JSON.stringify(value), for @@KEY@@
	plain string // String(value), for ##KEY##
}

// configKeywords is the config file's and environment's name for the
// mappings.
const configKeywords = "AUTH0_KEYWORD_REPLACE_MAPPINGS"

// maxConfigBytes bounds an a0deploy config.json and every metadata file.
const maxConfigBytes = 4 << 20

// a0config is what an a0deploy import takes from its config file and
// environment: the keywords and the base path of a YAML config.
type a0config struct {
	kw       keywords
	basePath string
}

// loadA0Config gathers the keyword mappings a0deploy import would use:
// the config file's AUTH0_KEYWORD_REPLACE_MAPPINGS, then the
// environment's (that variable as JSON, then every variable by name), the
// environment winning as a0deploy's --env (its default) does; and
// AUTH0_BASE_PATH, the environment's over the config file's. Only
// Options.Getenv and Options.Environ are read, so a nil environment
// means none.
func loadA0Config(opts Options) (a0config, error) {
	c := a0config{kw: keywords{vals: map[string]keywordValue{}}}
	if opts.ConfigFile != "" {
		if err := c.addConfigFile(opts.ConfigFile); err != nil {
			return a0config{}, err
		}
	}
	if opts.Getenv != nil {
		if base := opts.Getenv("AUTH0_BASE_PATH"); base != "" {
			c.basePath = base
		}
		if raw := opts.Getenv(configKeywords); strings.TrimSpace(raw) != "" {
			d, err := parseJSON("the "+configKeywords+" environment variable", []byte(raw))
			if err != nil {
				return a0config{}, fmt.Errorf("%w; it must be a JSON object such as {\"ENV\": \"dev\"}", err)
			}
			if err := c.kw.addObject(d, d.root); err != nil {
				return a0config{}, err
			}
		}
	}
	if opts.Environ != nil {
		for _, kv := range opts.Environ() {
			if name, val, ok := strings.Cut(kv, "="); ok && name != "" {
				c.kw.add(name, keywordValue{json: jsString(val), plain: val})
			}
		}
	}
	c.kw.orderAsJavaScript()
	return c, nil
}

func (c *a0config) addConfigFile(path string) error {
	data, err := hostfile.Read(path, maxConfigBytes)
	if err != nil {
		return fmt.Errorf("reading the a0deploy config %s: %w", path, err)
	}
	d, err := parseJSON(path, data)
	if err != nil {
		return fmt.Errorf("%w; give the config.json you pass to a0deploy -c", err)
	}
	if err := d.object(d.root, ""); err != nil {
		return err
	}
	if c.basePath, err = d.text(d.root.get("AUTH0_BASE_PATH"), "AUTH0_BASE_PATH"); err != nil {
		return err
	}
	return c.kw.addObject(d, d.root.get(configKeywords))
}

func (k *keywords) addObject(d doc, obj *value) error {
	if err := d.object(obj, configKeywords); err != nil {
		return err
	}
	if obj == nil {
		return nil
	}
	for i, name := range obj.keys {
		k.add(name, keywordValue{json: jsStringify(obj.vals[i]), plain: jsToString(obj.vals[i])})
	}
	return nil
}

// add sets a mapping; a later one replaces an earlier one's value but
// keeps its place, as Object.assign does.
func (k *keywords) add(name string, v keywordValue) {
	if _, ok := k.vals[name]; !ok {
		k.keys = append(k.keys, name)
	}
	k.vals[name] = v
}

// orderAsJavaScript puts the keys in Object.keys order: names that are
// array indices first, ascending, then the others as added. Replacement
// runs key by key, so the order decides what a value holding another
// marker becomes.
func (k *keywords) orderAsJavaScript() {
	sort.SliceStable(k.keys, func(i, j int) bool {
		a, aIndex := arrayIndex(k.keys[i])
		b, bIndex := arrayIndex(k.keys[j])
		if aIndex && bIndex {
			return a < b
		}
		return aIndex && !bIndex
	})
}

func arrayIndex(s string) (uint64, bool) {
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || n == math.MaxUint32 || strconv.FormatUint(n, 10) != s {
		return 0, false
	}
	return n, true
}

// replace does a0deploy's keywordReplace on text: for each key in order,
// every @@KEY@@ (with a '...' or "..." around it consumed) becomes the
// value JSON-encoded; then for each key every ##KEY## becomes the value
// as it is. Keys are matched as written (a0deploy builds a regular
// expression from them; names of environment variables and config keys
// hold nothing a regular expression would read differently). Unknown
// markers stay.
func (k keywords) replace(text []byte) []byte {
	if len(k.keys) == 0 {
		return text
	}
	for _, key := range k.keys {
		text = replaceArrayMarker(text, "@@"+key+"@@", k.vals[key].json)
	}
	for _, key := range k.keys {
		text = bytes.ReplaceAll(text, []byte("##"+key+"##"), []byte(k.vals[key].plain))
	}
	return text
}

// replaceArrayMarker replaces marker, or marker inside single or double
// quotes, with to, left to right.
func replaceArrayMarker(text []byte, marker, to string) []byte {
	if !bytes.Contains(text, []byte(marker)) {
		return text
	}
	var out bytes.Buffer
	for i := 0; i < len(text); {
		matched := 0
		for _, form := range [...]string{"'" + marker + "'", `"` + marker + `"`, marker} {
			if bytes.HasPrefix(text[i:], []byte(form)) {
				matched = len(form)
				break
			}
		}
		if matched == 0 {
			out.WriteByte(text[i])
			i++
			continue
		}
		out.WriteString(to)
		i += matched
	}
	return out.Bytes()
}

// keywordMarker is a marker a0deploy would replace, had it a mapping.
var keywordMarker = lazyre.New(`##[A-Za-z_][A-Za-z0-9_]*##|@@[A-Za-z_][A-Za-z0-9_]*@@`)

// UnreplacedKeywords lists the keyword markers (##KEY##, @@KEY@@) left in
// code after replacement, each once, in the order they first appear:
// a0deploy deploys them verbatim, so the code would run with the marker
// as its value.
func UnreplacedKeywords(code []byte) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range keywordMarker().FindAll(code, -1) {
		if s := string(m); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// jsStringify is JSON.stringify(v): compact, keys in order, strings
// escaped as JavaScript does (only quotes, backslashes and control
// characters), numbers as JavaScript prints them.
func jsStringify(v *value) string {
	var b strings.Builder
	writeJS(&b, v)
	return b.String()
}

func writeJS(b *strings.Builder, v *value) {
	switch v.kind {
	case kindNull:
		b.WriteString("null")
	case kindString:
		b.WriteString(jsString(v.text))
	case kindNumber:
		b.WriteString(jsNumber(v.text))
	case kindBool:
		b.WriteString(v.text)
	case kindList:
		b.WriteByte('[')
		for i, item := range v.items {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJS(b, item)
		}
		b.WriteByte(']')
	case kindObject:
		b.WriteByte('{')
		for i, key := range v.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsString(key))
			b.WriteByte(':')
			writeJS(b, v.vals[i])
		}
		b.WriteByte('}')
	}
}

// jsToString is String(v), what a replace callback's value becomes.
func jsToString(v *value) string {
	switch v.kind {
	case kindNull:
		return "null"
	case kindString, kindBool:
		return v.text
	case kindNumber:
		return jsNumber(v.text)
	case kindList:
		parts := make([]string, len(v.items))
		for i, item := range v.items {
			if !item.isNull() {
				parts[i] = jsToString(item)
			}
		}
		return strings.Join(parts, ",")
	}
	return "[object Object]"
}

// jsString is JSON.stringify of a string.
func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsNumber prints a JSON number as JavaScript's Number#toString does.
func jsNumber(text string) string {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return text
	}
	if f == 0 {
		return "0"
	}
	if abs := math.Abs(f); abs >= 1e21 || abs < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		sign, digits := exp[:1], strings.TrimLeft(exp[1:], "0")
		return mant + "e" + sign + digits
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
