package stubs

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The JSONPath subset matchesJsonPath takes: $ then any of .name,
// ['name'], [n] (negative counts from the end), [*] or .*, ..name (a
// search at any depth), and a filter [?(@.a.b)] or [?(@.a.b OP literal)]
// with OP one of == != < <= > >= and a literal that is a quoted string, a
// number, true, false or null. The expression is bounded in length and
// in steps, and evaluation in the values it visits.
const (
	maxPathSteps  = 32
	maxPathVisits = 100000
)

type jsonPath struct{ steps []pathStep }

type pathStep struct {
	kind   string // child, index, all, search, filter
	name   string
	index  int
	filter *pathFilter
}

type pathFilter struct {
	path    []string // the names after @
	op      string   // "" tests that the path exists
	literal any
}

func compileJSONPath(expr string) (*jsonPath, error) {
	if len(expr) > MaxPatternLen {
		return nil, fmt.Errorf("the expression has %d characters, over the limit of %d; shorten it", len(expr), MaxPatternLen)
	}
	if !strings.HasPrefix(expr, "$") {
		return nil, fmt.Errorf("%q does not start with $; write it as $.field", expr)
	}
	p := &jsonPath{}
	rest := expr[1:]
	for rest != "" {
		if len(p.steps) == maxPathSteps {
			return nil, fmt.Errorf("%q has more than %d steps", expr, maxPathSteps)
		}
		step, next, err := parseStep(rest)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", expr, err)
		}
		p.steps, rest = append(p.steps, step), next
	}
	return p, nil
}

func parseStep(s string) (pathStep, string, error) {
	switch {
	case strings.HasPrefix(s, ".."):
		name, rest := readName(s[2:])
		if name == "" {
			return pathStep{}, "", fmt.Errorf("want a name after '..' at %q", s)
		}
		return pathStep{kind: "search", name: name}, rest, nil
	case strings.HasPrefix(s, ".*"):
		return pathStep{kind: "all"}, s[2:], nil
	case strings.HasPrefix(s, "."):
		name, rest := readName(s[1:])
		if name == "" {
			return pathStep{}, "", fmt.Errorf("want a name after . at %q", s)
		}
		return pathStep{kind: "child", name: name}, rest, nil
	case strings.HasPrefix(s, "["):
		return parseBracket(s)
	}
	return pathStep{}, "", fmt.Errorf("unexpected %q; a step is .name, ['name'], [n], [*] or [?(...)]", s)
}

// readName takes the name at the start of s, up to the next . or [.
func readName(s string) (string, string) {
	end := strings.IndexAny(s, ".[")
	if end < 0 {
		end = len(s)
	}
	return s[:end], s[end:]
}

func parseBracket(s string) (pathStep, string, error) {
	if strings.HasPrefix(s, "[?(") {
		end := strings.Index(s, ")]")
		if end < 0 {
			return pathStep{}, "", fmt.Errorf("the filter has no closing )]")
		}
		f, err := parseFilter(strings.TrimSpace(s[3:end]))
		return pathStep{kind: "filter", filter: f}, s[end+2:], err
	}
	end := strings.Index(s, "]")
	if end < 0 {
		return pathStep{}, "", fmt.Errorf("%q has no closing ]", s)
	}
	inner, rest := strings.TrimSpace(s[1:end]), s[end+1:]
	if inner == "*" {
		return pathStep{kind: "all"}, rest, nil
	}
	if name, ok := unquote(inner); ok {
		return pathStep{kind: "child", name: name}, rest, nil
	}
	n, err := strconv.Atoi(inner)
	if err != nil {
		return pathStep{}, "", fmt.Errorf("[%s] is not an index, a quoted name or *", inner)
	}
	return pathStep{kind: "index", index: n}, rest, nil
}

func unquote(s string) (string, bool) {
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1], true
	}
	return "", false
}

var filterOps = []string{"==", "!=", "<=", ">=", "<", ">"}

func parseFilter(s string) (*pathFilter, error) {
	if !strings.HasPrefix(s, "@") {
		return nil, fmt.Errorf("a filter starts with @ or @.name, got %q", s)
	}
	// The path after @ ends at the first character a name cannot hold,
	// so an operator inside the literal is never taken for the operator.
	end := 1 + strings.IndexFunc(s[1:], func(r rune) bool {
		return r != '.' && r != '_' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if end == 0 {
		end = len(s)
	}
	f := &pathFilter{}
	if left := s[1:end]; left != "" {
		if !strings.HasPrefix(left, ".") || strings.Contains(left, "..") || strings.HasSuffix(left, ".") {
			return nil, fmt.Errorf("a filter starts with @ or @.name, got %q", s)
		}
		f.path = strings.Split(left[1:], ".")
	}
	rest := strings.TrimSpace(s[end:])
	if rest == "" {
		return f, nil
	}
	for _, op := range filterOps {
		if strings.HasPrefix(rest, op) {
			lit, err := parseLiteral(strings.TrimSpace(rest[len(op):]))
			f.op, f.literal = op, lit
			return f, err
		}
	}
	return nil, fmt.Errorf("want one of == != < <= > >= after the path in %q", s)
}

func parseLiteral(s string) (any, error) {
	if v, ok := unquote(s); ok {
		return v, nil
	}
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return json.Number(s), nil
	}
	return nil, fmt.Errorf("%q is not a quoted string, a number, true, false or null", s)
}

// eval returns the values the path finds in doc.
func (p *jsonPath) eval(doc any) ([]any, error) {
	budget := maxPathVisits
	current := []any{doc}
	for _, step := range p.steps {
		var next []any
		for _, v := range current {
			next = step.apply(v, next, &budget)
			if budget < 0 {
				return nil, fmt.Errorf("the expression visits more than %d values; make it narrower", maxPathVisits)
			}
		}
		current = next
	}
	return current, nil
}

func (s *pathStep) apply(v any, out []any, budget *int) []any {
	*budget--
	switch s.kind {
	case "child":
		if m, ok := v.(map[string]any); ok {
			if c, ok := m[s.name]; ok {
				out = append(out, c)
			}
		}
	case "index":
		if a, ok := v.([]any); ok {
			i := s.index
			if i < 0 {
				i += len(a)
			}
			if i >= 0 && i < len(a) {
				out = append(out, a[i])
			}
		}
	case "all":
		out = append(out, children(v)...)
		*budget -= len(children(v))
	case "search":
		out = search(v, s.name, out, budget)
	case "filter":
		for _, c := range children(v) {
			*budget--
			if s.filter.accepts(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// children are an array's elements or an object's values (in key order,
// so results are deterministic).
func children(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case map[string]any:
		out := make([]any, 0, len(t))
		for _, k := range sortedKeys(t) {
			out = append(out, t[k])
		}
		return out
	}
	return nil
}

func search(v any, name string, out []any, budget *int) []any {
	*budget--
	if *budget < 0 {
		return out
	}
	if m, ok := v.(map[string]any); ok {
		if c, ok := m[name]; ok {
			out = append(out, c)
		}
	}
	for _, c := range children(v) {
		out = search(c, name, out, budget)
	}
	return out
}

func (f *pathFilter) accepts(v any) bool {
	for _, name := range f.path {
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = m[name]; !ok {
			return false
		}
	}
	if f.op == "" {
		return true
	}
	return compare(v, f.op, f.literal)
}

func compare(got any, op string, lit any) bool {
	switch op {
	case "==":
		return scalarEqual(lit, got)
	case "!=":
		return !scalarEqual(lit, got)
	}
	a, aok := number(got)
	b, bok := number(lit)
	if !aok || !bok {
		return false
	}
	switch op {
	case "<":
		return a < b
	case "<=":
		return a <= b
	case ">":
		return a > b
	}
	return a >= b
}

func number(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	return f, err == nil
}
