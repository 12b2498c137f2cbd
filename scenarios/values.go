package scenarios

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hookemu/hookemu/internal/lazyre"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/suggest"
)

// pattern is an expected string. Written /like this/ it is a regular
// expression (matching anywhere, unless anchored with ^ and $); otherwise
// it is compared as the key's rule says (equal, or contained).
type pattern struct {
	text string
	re   *regexp.Regexp
	line int
}

func (p *pattern) decodeNode(d *decoder, n *yaml.Node, where string) {
	p.line = n.Line
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, "%s: want text (or a /regular expression/), got %s", where, describeNode(n))
		return
	}
	p.text = n.Value
	if isRegex(n.Value) {
		p.re = d.compile(n, where)
	}
}

// isRegex tells a /regular expression/ from literal text.
func isRegex(s string) bool {
	return len(s) >= 2 && s[0] == '/' && s[len(s)-1] == '/'
}

func (d *decoder) compile(n *yaml.Node, where string) *regexp.Regexp {
	re, err := regexp.Compile(n.Value[1 : len(n.Value)-1])
	if err != nil {
		d.errorf(n, "%s: %s is not a valid regular expression (%v); fix it, or to mean the text itself, write it without the surrounding slashes", where, n.Value, err)
		return regexp.MustCompile(regexp.QuoteMeta(n.Value))
	}
	return re
}

// equals is the rule for URLs, headers, bodies: the whole text.
func (p pattern) equals(s string) bool {
	if p.re != nil {
		return p.re.MatchString(s)
	}
	return p.text == s
}

// within is the rule for errors, logs and problems: part of the text.
func (p pattern) within(s string) bool {
	if p.re != nil {
		return p.re.MatchString(s)
	}
	return strings.Contains(s, p.text)
}

func (p pattern) String() string {
	if p.re != nil {
		return p.text
	}
	return strconv.Quote(p.text)
}

// matcher is an expected JSON value (a response, a json body). Strings
// written /like this/ inside it are regular expressions.
type matcher struct {
	v    any
	set  bool
	line int
}

// A null matcher is not checked: that is how a case drops the response
// the top level expects.
func (m *matcher) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	m.set, m.line = true, n.Line
	m.v = d.expected(n, where, false)
}

// formMatcher is an expected form body: like a matcher, but every value is
// text, as form values are (a YAML 5 means "5").
type formMatcher struct{ matcher }

func (m *formMatcher) decodeNode(d *decoder, n *yaml.Node, where string) {
	m.set, m.line = true, n.Line
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping of form fields to values, got %s", where, describeNode(n))
		return
	}
	m.v = d.expected(n, where, true)
}

// expected converts n to a JSON-like value with regular expressions
// compiled; asText keeps scalars as their text.
func (d *decoder) expected(n *yaml.Node, where string, asText bool) any {
	n = resolveAlias(n)
	switch n.Kind {
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		forEachPair(d, n, where, func(key, value *yaml.Node) {
			out[key.Value] = d.expected(value, join(where, key.Value), asText)
		})
		return out
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, item := range n.Content {
			out[i] = d.expected(item, fmt.Sprintf("%s[%d]", where, i), asText)
		}
		return out
	}
	if n.Tag == "!!str" && isRegex(n.Value) {
		return d.compile(n, where)
	}
	if asText && !isNull(n) {
		return n.Value
	}
	return scalarValue(n)
}

// value is a plain JSON-like value (the payload).
type value struct {
	v    any
	set  bool
	node *yaml.Node
}

func (v *value) decodeNode(_ *decoder, n *yaml.Node, _ string) {
	v.set, v.node, v.v = true, n, nodeValue(n)
}

// nodeValue converts n to the values encoding/json produces (numbers as
// float64), so expectations and payloads compare with decoded JSON.
func nodeValue(n *yaml.Node) any {
	n = resolveAlias(n)
	switch n.Kind {
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			out[n.Content[i].Value] = nodeValue(n.Content[i+1])
		}
		return out
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, item := range n.Content {
			out[i] = nodeValue(item)
		}
		return out
	}
	return scalarValue(n)
}

func scalarValue(n *yaml.Node) any {
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return n.Value == "true"
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return float64(i)
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil {
			return f
		}
	}
	return n.Value
}

// outcome is an expected outcome, checked against the list at load time.
type outcome struct {
	want emulator.Outcome
	line int
}

var outcomes = []string{
	string(emulator.OutcomeSuccess), string(emulator.OutcomeError), string(emulator.OutcomeException),
	string(emulator.OutcomeTimeout), string(emulator.OutcomeNoCallback), string(emulator.OutcomeMemoryLimit),
}

func (o *outcome) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return // a case dropping the top level's outcome
	}
	o.line = n.Line
	for _, name := range outcomes {
		if n.Kind == yaml.ScalarNode && n.Value == name {
			o.want = emulator.Outcome(name)
			return
		}
	}
	msg := fmt.Sprintf("%s: %s is not an outcome; use one of %s", where, describeNode(n), strings.Join(outcomes, ", "))
	if guess := suggest.Nearest(n.Value, outcomes); guess != "" && n.Kind == yaml.ScalarNode {
		msg = fmt.Sprintf("%s: %q is not an outcome; did you mean %q?", where, n.Value, guess)
	}
	d.errorf(n, "%s", msg)
}

// duration is a time limit written with its unit ("5s").
type duration struct {
	d   time.Duration
	set bool
}

func (t *duration) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	if dur, ok := d.duration(n, where); ok {
		if dur == 0 {
			d.errorf(n, "%s: must be more than 0, such as 5s", where)
			return
		}
		t.d, t.set = dur, true
	}
}

// caseList holds the cases' nodes; each is laid over the top level and
// decoded as a scenario of its own.
type caseList struct {
	nodes []*yaml.Node
	set   bool
	line  int
}

func (c *caseList) decodeNode(d *decoder, n *yaml.Node, where string) {
	c.set, c.line = true, n.Line
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		d.errorf(n, "%s: want a list of cases (each a mapping with a name and what differs), got %s", where, describeNode(n))
		return
	}
	for i, item := range n.Content {
		item = resolveAlias(item)
		if item.Kind != yaml.MappingNode {
			d.errorf(item, "%s[%d]: want a mapping (name, payload, expect, ...), got %s", where, i, describeNode(item))
			continue
		}
		c.nodes = append(c.nodes, item)
	}
}

// secretValue is a secret, with ${NAME} taken from the environment so
// that real credentials need not be written in the file.
type secretValue string

var envRef = lazyre.New(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

func (s *secretValue) decodeNode(d *decoder, n *yaml.Node, where string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s: want the secret's value as text, got %s", where, describeNode(n))
		return
	}
	if !strings.Contains(n.Value, "${") { // no reference: the value as written
		*s = secretValue(n.Value)
		return
	}
	var missing []string
	expanded := envRef().ReplaceAllStringFunc(n.Value, func(ref string) string {
		name := envRef().FindStringSubmatch(ref)[1]
		v, ok := d.lookupEnv(name)
		if !ok {
			missing = append(missing, name)
		}
		return v
	})
	if len(missing) > 0 {
		d.missingEnv = append(d.missingEnv, envGap{names: missing, where: where, line: n.Line, column: n.Column})
	}
	*s = secretValue(expanded)
}

// envGap is a secret whose ${NAME} is not set. It is not a load error:
// only the scenarios that use the secret cannot run, and the rest of the
// suite (or a --run selection without them) must still run.
type envGap struct {
	names        []string
	where        string // "secrets.apikey"
	line, column int
}

func (g envGap) unset() string {
	return fmt.Sprintf("environment variable %s is not set", strings.Join(g.names, " and "))
}

// failure reports the gap as the reason its scenario could not run.
func (g envGap) failure() Failure {
	return Failure{What: g.where, Line: g.line, Message: g.unset() + "; export it before running, or write the value itself (--skip-missing-env skips such scenarios)"}
}
