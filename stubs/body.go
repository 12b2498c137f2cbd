package stubs

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// BodyPattern is one of a stub's bodyPatterns; the body must meet all of
// them. Exactly one of Text, JSON or Path is set.
type BodyPattern struct {
	// Text is equalTo, contains, doesNotContain, matches or doesNotMatch
	// on the whole body.
	Text *StringMatcher `json:"text,omitempty"`
	// JSON is equalToJson.
	JSON *JSONEqual `json:"equalToJson,omitempty"`
	// Path is matchesJsonPath.
	Path *JSONPathMatch `json:"matchesJsonPath,omitempty"`
}

// JSONEqual is equalToJson: the body is the same JSON value, whatever its
// spacing and the order of object keys. ignoreArrayOrder accepts arrays
// in any order; ignoreExtraElements accepts object keys the stub does not
// name (and, as in WireMock, array elements beyond the expected ones).
type JSONEqual struct {
	Want                any  `json:"value"`
	IgnoreArrayOrder    bool `json:"ignoreArrayOrder,omitempty"`
	IgnoreExtraElements bool `json:"ignoreExtraElements,omitempty"`
}

// JSONPathMatch is matchesJsonPath: the expression finds something in
// the body, and, with a matcher, something it finds satisfies it.
type JSONPathMatch struct {
	Expression string         `json:"expression"`
	Matcher    *StringMatcher `json:"matcher,omitempty"`
	path       *jsonPath
}

// check says whether the body meets the pattern, and if not, why.
func (p *BodyPattern) check(body []byte) (bool, string) {
	switch {
	case p.Text != nil:
		return p.Text.matchValues([]string{string(body)}), ""
	case p.JSON != nil:
		got, err := decodeJSON(body)
		if err != nil {
			return false, "the body is not JSON"
		}
		why := p.JSON.compare(p.JSON.Want, got)
		return why == "", why
	case p.Path != nil:
		return p.Path.check(body)
	}
	return false, ""
}

// String is how a near-miss report shows the pattern.
func (p *BodyPattern) describe() string {
	switch {
	case p.Text != nil:
		return p.Text.String()
	case p.JSON != nil:
		return "[equalToJson] " + showJSON(p.JSON.Want)
	case p.Path != nil:
		s := "[matchesJsonPath] " + p.Path.Expression
		if p.Path.Matcher != nil {
			s += " " + p.Path.Matcher.String()
		}
		return s
	}
	return ""
}

func (m *JSONPathMatch) check(body []byte) (bool, string) {
	doc, err := decodeJSON(body)
	if err != nil {
		return false, "the body is not JSON"
	}
	found, err := m.path.eval(doc)
	if err != nil {
		return false, err.Error()
	}
	if len(found) == 0 {
		return false, m.Expression + " finds nothing"
	}
	if m.Matcher == nil {
		return true, ""
	}
	values := make([]string, len(found))
	for i, v := range found {
		values[i] = jsonText(v)
	}
	if m.Matcher.matchValues(values) {
		return true, ""
	}
	return false, m.Expression + " finds " + quote(values[0])
}

// decodeJSON reads one JSON value, keeping numbers exact.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return v, nil
}

// jsonText is a found value as a string matcher sees it: a string as
// itself, anything else as JSON.
func jsonText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return compactJSON(v)
}

func compactJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
