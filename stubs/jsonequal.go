package stubs

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
)

// maxJSONSteps bounds the values one equalToJson comparison visits:
// ignoreArrayOrder pairs elements by trying each against each, which a
// large body and a large stub would make endless.
const maxJSONSteps = 1000000

// jsonDiffer is one comparison under way, with its remaining steps.
type jsonDiffer struct {
	*JSONEqual
	steps int
}

// compare returns where got first differs from want ("" when it does
// not), as a path and the two values.
func (e *JSONEqual) compare(want, got any) string {
	d := &jsonDiffer{JSONEqual: e, steps: maxJSONSteps}
	return d.diff("$", want, got)
}

func (e *jsonDiffer) diff(at string, want, got any) string {
	if e.steps--; e.steps < 0 {
		return fmt.Sprintf("the JSON is too large to compare (over %d steps); compare parts with matchesJsonPath", maxJSONSteps)
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return mismatch(at, want, got)
		}
		return e.diffObject(at, w, g)
	case []any:
		g, ok := got.([]any)
		if !ok {
			return mismatch(at, want, got)
		}
		if e.IgnoreArrayOrder {
			return e.diffUnordered(at, w, g)
		}
		return e.diffOrdered(at, w, g)
	}
	if !scalarEqual(want, got) {
		return mismatch(at, want, got)
	}
	return ""
}

func (e *jsonDiffer) diffObject(at string, want, got map[string]any) string {
	for _, k := range sortedKeys(want) {
		g, ok := got[k]
		if !ok {
			return fmt.Sprintf("%s.%s is missing", at, k)
		}
		if why := e.diff(at+"."+k, want[k], g); why != "" {
			return why
		}
	}
	if !e.IgnoreExtraElements {
		for _, k := range sortedKeys(got) {
			if _, ok := want[k]; !ok {
				return fmt.Sprintf("%s.%s is not expected", at, k)
			}
		}
	}
	return ""
}

func (e *jsonDiffer) diffOrdered(at string, want, got []any) string {
	if len(got) < len(want) || (len(got) > len(want) && !e.IgnoreExtraElements) {
		return fmt.Sprintf("%s has %d elements, want %d", at, len(got), len(want))
	}
	for i := range want {
		if why := e.diff(fmt.Sprintf("%s[%d]", at, i), want[i], got[i]); why != "" {
			return why
		}
	}
	return ""
}

// diffUnordered pairs each wanted element with a distinct received one.
// Greedy pairing is exact for scalars and for the small arrays stubs
// compare; its cost is bounded by the differ's steps.
func (e *jsonDiffer) diffUnordered(at string, want, got []any) string {
	if len(got) < len(want) || (len(got) > len(want) && !e.IgnoreExtraElements) {
		return fmt.Sprintf("%s has %d elements, want %d", at, len(got), len(want))
	}
	used := make([]bool, len(got))
	for i, w := range want {
		found := false
		for j, g := range got {
			if !used[j] && e.equal(w, g) {
				used[j], found = true, true
				break
			}
		}
		if e.steps < 0 {
			return e.diff(at, w, nil) // says the steps are spent
		}
		if !found {
			return fmt.Sprintf("%s[%d] %s has no equal in the request", at, i, showJSON(w))
		}
	}
	return ""
}

// equal is diff without the message, for pairing elements: most pairs
// tried differ, and saying how would cost more than trying.
func (e *jsonDiffer) equal(want, got any) bool {
	if e.steps--; e.steps < 0 {
		return false
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok || (!e.IgnoreExtraElements && len(g) != len(w)) {
			return false
		}
		for k, wv := range w {
			if gv, ok := g[k]; !ok || !e.equal(wv, gv) {
				return false
			}
		}
		return true
	case []any:
		g, ok := got.([]any)
		if !ok {
			return false
		}
		return e.diff("$", w, g) == ""
	}
	return scalarEqual(want, got)
}

func mismatch(at string, want, got any) string {
	return fmt.Sprintf("%s is %s, want %s", at, showJSON(got), showJSON(want))
}

// scalarEqual compares strings, booleans, null and numbers (by value:
// 1, 1.0 and 1e0 are equal).
func scalarEqual(want, got any) bool {
	wn, wok := want.(json.Number)
	gn, gok := got.(json.Number)
	if wok || gok {
		if !wok || !gok {
			return false
		}
		if wn == gn {
			return true
		}
		// ParseFloat, not math/big: an exponent of a billion costs it
		// nothing.
		a, errA := strconv.ParseFloat(string(wn), 64)
		b, errB := strconv.ParseFloat(string(gn), 64)
		return errA == nil && errB == nil && a == b
	}
	return want == got
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// showJSON is a JSON value in a report, measured when long (see show).
func showJSON(v any) string {
	s := compactJSON(v)
	if len(s) > maxShown {
		return fmt.Sprintf("(%d bytes)", len(s))
	}
	return s
}
