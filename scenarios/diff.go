package scenarios

import (
	"bytes"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
)

// matches reports whether got meets want. Objects: every key of want must
// be in got and match (and got may have no others when exact); arrays:
// element by element, same length; a /regular expression/ matches the
// text of a string, number or boolean; anything else must be equal.
func matches(want, got any, exact bool) bool {
	switch w := want.(type) {
	case *regexp.Regexp:
		text, ok := scalarText(got)
		return ok && w.MatchString(text)
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok || (exact && len(g) != len(w)) {
			return false
		}
		for k, wv := range w {
			gv, present := g[k]
			if !present || !matches(wv, gv, exact) {
				return false
			}
		}
		return true
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !matches(w[i], g[i], exact) {
				return false
			}
		}
		return true
	default:
		return want == got
	}
}

func scalarText(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case float64, bool:
		return compactJSON(x), true
	}
	return "", false
}

// diffJSON shows got pretty-printed with want laid beside it: lines that
// agree start with two spaces, a wanted value that is not there with
// "- ", and the value found instead with "+ ".
func diffJSON(want, got any, exact bool) string {
	var d diffWriter
	d.value(want, got, exact, 0, "", "")
	return strings.TrimRight(d.b.String(), "\n")
}

type diffWriter struct{ b strings.Builder }

func (d *diffWriter) line(mark string, depth int, text string) {
	d.b.WriteString(mark)
	d.b.WriteString(strings.Repeat("  ", depth))
	d.b.WriteString(text)
	d.b.WriteByte('\n')
}

// value writes one value at depth; prefix is its key (`"text": `) and
// suffix its comma.
func (d *diffWriter) value(want, got any, exact bool, depth int, prefix, suffix string) {
	if matches(want, got, exact) {
		d.plain("  ", got, depth, prefix, suffix)
		return
	}
	w, wok := want.(map[string]any)
	g, gok := got.(map[string]any)
	if wok && gok {
		d.object(w, g, exact, depth, prefix, suffix)
		return
	}
	wa, wok := want.([]any)
	ga, gok := got.([]any)
	if wok && gok && len(wa) == len(ga) {
		d.line("  ", depth, prefix+"[")
		for i := range wa {
			d.value(wa[i], ga[i], exact, depth+1, "", comma(i, len(wa)))
		}
		d.line("  ", depth, "]"+suffix)
		return
	}
	d.plain("- ", want, depth, prefix, suffix)
	d.plain("+ ", got, depth, prefix, suffix)
}

func (d *diffWriter) object(want, got map[string]any, exact bool, depth int, prefix, suffix string) {
	keys := make([]string, 0, len(got)+len(want))
	for k := range got {
		keys = append(keys, k)
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	d.line("  ", depth, prefix+"{")
	for i, k := range keys {
		key := compactJSON(k) + ": "
		wv, inWant := want[k]
		gv, inGot := got[k]
		switch {
		case inWant && inGot:
			d.value(wv, gv, exact, depth+1, key, comma(i, len(keys)))
		case inWant:
			d.plain("- ", wv, depth+1, key, comma(i, len(keys)))
		case exact:
			d.plain("+ ", gv, depth+1, key, comma(i, len(keys)))
		default:
			d.plain("  ", gv, depth+1, key, comma(i, len(keys)))
		}
	}
	d.line("  ", depth, "}"+suffix)
}

// plain writes v pretty-printed, every line with the same mark.
func (d *diffWriter) plain(mark string, v any, depth int, prefix, suffix string) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			d.line(mark, depth, prefix+"{}"+suffix)
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d.line(mark, depth, prefix+"{")
		for i, k := range keys {
			d.plain(mark, x[k], depth+1, compactJSON(k)+": ", comma(i, len(keys)))
		}
		d.line(mark, depth, "}"+suffix)
	case []any:
		if len(x) == 0 {
			d.line(mark, depth, prefix+"[]"+suffix)
			return
		}
		d.line(mark, depth, prefix+"[")
		for i, item := range x {
			d.plain(mark, item, depth+1, "", comma(i, len(x)))
		}
		d.line(mark, depth, "]"+suffix)
	case *regexp.Regexp:
		d.line(mark, depth, prefix+"/"+x.String()+"/"+suffix)
	default:
		d.line(mark, depth, prefix+compactJSON(v)+suffix)
	}
}

func comma(i, n int) string {
	if i < n-1 {
		return ","
	}
	return ""
}

// compactJSON is v as JSON on one line, without HTML escaping (a "<" in
// "<secret:apikey>" stays readable).
func compactJSON(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "?"
	}
	return strings.TrimSuffix(b.String(), "\n")
}
