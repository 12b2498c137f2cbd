package stubs

import (
	"fmt"
	"regexp"
	"strings"
)

// StringMatcher is one of WireMock's string operators: equalTo (with
// caseInsensitive), contains, doesNotContain, matches, doesNotMatch, or
// absent.
type StringMatcher struct {
	Op              string `json:"op"`
	Value           string `json:"value,omitempty"`
	CaseInsensitive bool   `json:"caseInsensitive,omitempty"`
	re              *compiledRegexp
}

// stringOps are the operators a StringMatcher takes, in the order errors
// list them.
var stringOps = []string{"equalTo", "contains", "doesNotContain", "matches", "doesNotMatch", "absent"}

// compiledRegexp is a pattern compiled with Go's RE2 engine, which runs
// in time linear in its input: a stub's pattern cannot hang a run however
// it is written. Like WireMock's (Java's String.matches), it must match
// the whole value.
type compiledRegexp struct{ re *regexp.Regexp }

func compileRegexp(pattern string) (*compiledRegexp, error) {
	if len(pattern) > MaxPatternLen {
		return nil, fmt.Errorf("the pattern has %d characters, over the limit of %d; shorten it", len(pattern), MaxPatternLen)
	}
	re, err := regexp.Compile(`^(?:` + pattern + `)$`)
	if err != nil {
		return nil, fmt.Errorf("%q is not a regular expression hookemu can run (Go's RE2 syntax: no look-around or back-references): %w", pattern, err)
	}
	return &compiledRegexp{re: re}, nil
}

func (c *compiledRegexp) match(s string) bool { return c.re.MatchString(s) }

// matchValues says whether the matcher accepts a parameter or header that
// has the given values (none when it is missing): WireMock accepts it when
// any one value matches, and absent only when there is none.
func (m *StringMatcher) matchValues(values []string) bool {
	switch m.Op {
	case "absent":
		return len(values) == 0
	case "doesNotContain", "doesNotMatch":
		for _, v := range values {
			if !m.match(v) {
				return false
			}
		}
		return len(values) > 0
	}
	for _, v := range values {
		if m.match(v) {
			return true
		}
	}
	return false
}

// match applies the operator to one present value.
func (m *StringMatcher) match(v string) bool {
	switch m.Op {
	case "equalTo":
		if m.CaseInsensitive {
			return strings.EqualFold(v, m.Value)
		}
		return v == m.Value
	case "contains":
		return strings.Contains(v, m.Value)
	case "doesNotContain":
		return !strings.Contains(v, m.Value)
	case "matches":
		return m.re.match(v)
	case "doesNotMatch":
		return !m.re.match(v)
	}
	return false // absent: a present value never matches
}

// String is how a near-miss report shows the matcher.
func (m *StringMatcher) String() string {
	switch m.Op {
	case "absent":
		return "[absent]"
	case "equalTo":
		if m.CaseInsensitive {
			return "[equalTo, case-insensitive] " + quote(m.Value)
		}
		return quote(m.Value)
	}
	return "[" + m.Op + "] " + quote(m.Value)
}

// quote shows a stub's value in a report, as show does a request's.
func quote(s string) string { return show(s) }
