package stubs

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The keys of a WireMock mapping hookemu reads. persistent, metadata and
// insertionIndex are accepted and change nothing here.
var (
	mappingKeys      = []string{"id", "uuid", "name", "priority", "request", "response", "persistent", "metadata", "insertionIndex"}
	mappingUnsupport = []string{"scenarioName", "requiredScenarioState", "newScenarioState", "postServeActions", "serveEventListeners"}
	requestKeys      = []string{"method", "url", "urlPath", "urlPattern", "urlPathPattern", "host", "queryParameters", "headers", "bodyPatterns"}
	requestUnsupport = []string{"urlPathTemplate", "pathParameters", "cookies", "basicAuthCredentials", "formParameters", "multipartPatterns", "scheme", "port", "clientIp", "customMatcher"}
	responseKeys     = []string{"status", "statusMessage", "headers", "body", "jsonBody", "base64Body", "fixedDelayMilliseconds"}
	responseUnsup    = []string{"bodyFileName", "fault", "proxyBaseUrl", "transformers", "transformerParameters", "delayDistribution", "chunkedDribbleDelay", "additionalProxyRequestHeaders"}
	bodyPatternKeys  = []string{"equalTo", "contains", "doesNotContain", "matches", "doesNotMatch", "equalToJson", "matchesJsonPath", "caseInsensitive", "ignoreArrayOrder", "ignoreExtraElements"}
	bodyUnsupport    = []string{"equalToXml", "matchesXPath", "binaryEqualTo", "absent", "and", "or"}
	urlKeys          = []string{"url", "urlPath", "urlPattern", "urlPathPattern"}
)

func (p *parser) mapping(m map[string]any, at string) (Stub, error) {
	if err := p.checkKeys(m, at, mappingKeys, mappingUnsupport); err != nil {
		return Stub{}, err
	}
	s := Stub{Priority: DefaultPriority}
	var err error
	if s.ID, err = p.text(m, "id", at); err != nil {
		return s, err
	}
	if s.ID == "" {
		if s.ID, err = p.text(m, "uuid", at); err != nil {
			return s, err
		}
	}
	if s.Name, err = p.text(m, "name", at); err != nil {
		return s, err
	}
	if s.Priority, err = p.priority(m, at); err != nil {
		return s, err
	}
	req, _ := m["request"].(map[string]any)
	if _, ok := m["request"]; ok && req == nil {
		return s, p.errorf(join(at, "request"), "want a map, got %s", kindOf(m["request"]))
	}
	if s.Host, s.Request, err = p.request(req, join(at, "request")); err != nil {
		return s, err
	}
	resp, _ := m["response"].(map[string]any)
	if _, ok := m["response"]; ok && resp == nil {
		return s, p.errorf(join(at, "response"), "want a map, got %s", kindOf(m["response"]))
	}
	s.Response, err = p.response(resp, join(at, "response"))
	return s, err
}

func (p *parser) priority(m map[string]any, at string) (int, error) {
	v, ok := m["priority"]
	if !ok {
		return DefaultPriority, nil
	}
	n, err := p.integer(v, join(at, "priority"))
	if err == nil && n < 1 {
		err = p.errorf(join(at, "priority"), "want 1 or more (1 wins over 5), got %d", n)
	}
	return int(n), err
}

func (p *parser) request(m map[string]any, at string) (string, Request, error) {
	var r Request
	if err := p.checkKeys(m, at, requestKeys, requestUnsupport); err != nil {
		return "", r, err
	}
	method, err := p.text(m, "method", at)
	if err != nil {
		return "", r, err
	}
	r.Method = strings.ToUpper(method)
	if r.URL, err = p.urlMatcher(m, at); err != nil {
		return "", r, err
	}
	host := ""
	if v, ok := m["host"]; ok {
		if host, err = p.hostMatcher(v, join(at, "host")); err != nil {
			return "", r, err
		}
	}
	if r.Query, err = p.namedMatchers(m, "queryParameters", at); err != nil {
		return "", r, err
	}
	if r.Headers, err = p.namedMatchers(m, "headers", at); err != nil {
		return "", r, err
	}
	for i := range r.Headers {
		r.Headers[i].Name = http.CanonicalHeaderKey(r.Headers[i].Name)
	}
	r.Body, err = p.bodyPatterns(m, at)
	return host, r, err
}

func (p *parser) urlMatcher(m map[string]any, at string) (*URLMatcher, error) {
	var u *URLMatcher
	for _, k := range urlKeys {
		v, ok := m[k]
		if !ok {
			continue
		}
		if u != nil {
			return nil, p.errorf(join(at, k), "a stub takes one of %s; this one also has %s", expectedKeys(urlKeys), u.Kind)
		}
		s, ok := v.(string)
		if !ok {
			return nil, p.errorf(join(at, k), "want text, got %s", kindOf(v))
		}
		u = &URLMatcher{Kind: k, Value: s}
		if strings.HasSuffix(k, "Pattern") {
			re, err := compileRegexp(s)
			if err != nil {
				return nil, p.errorf(join(at, k), "%w", err)
			}
			u.re = re
		}
	}
	return u, nil
}

// hostMatcher reads WireMock 3's request.host: the host the stub is for.
// Only equalTo (or plain text) binds a stub to one host, which is what
// routing needs.
func (p *parser) hostMatcher(v any, at string) (string, error) {
	if s, ok := v.(string); ok {
		h, err := normalizeHost(s)
		if err != nil {
			return "", p.errorf(at, "%w", err)
		}
		return h, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return "", p.errorf(at, "want {\"equalTo\": \"HOST\"}, got %s", kindOf(v))
	}
	if err := p.checkKeys(m, at, []string{"equalTo"}, []string{"contains", "matches", "doesNotMatch", "doesNotContain", "caseInsensitive"}); err != nil {
		return "", err
	}
	return p.hostMatcher(m["equalTo"], join(at, "equalTo"))
}

func (p *parser) namedMatchers(m map[string]any, key, at string) ([]NamedMatcher, error) {
	v, ok := m[key]
	if !ok {
		return nil, nil
	}
	at = join(at, key)
	mm, ok := v.(map[string]any)
	if !ok {
		return nil, p.errorf(at, "want a map from name to matcher, got %s", kindOf(v))
	}
	var out []NamedMatcher
	for _, name := range sortedKeys(mm) {
		sm, err := p.stringMatcher(mm[name], join(at, name))
		if err != nil {
			return nil, err
		}
		out = append(out, NamedMatcher{Name: name, Matcher: sm})
	}
	return out, nil
}

// stringMatcher reads {"OP": value} with one of stringOps.
func (p *parser) stringMatcher(v any, at string) (StringMatcher, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return StringMatcher{}, p.errorf(at, "want a matcher such as {\"equalTo\": \"...\"}, got %s", kindOf(v))
	}
	if err := p.checkKeys(m, at, append([]string{"caseInsensitive"}, stringOps...), []string{"hasExactly", "includes", "and", "or", "equalToJson", "matchesJsonPath", "before", "after", "equalToDateTime"}); err != nil {
		return StringMatcher{}, err
	}
	return p.stringOp(m, at)
}

// stringOp reads the one string operator of m (whose keys are checked).
func (p *parser) stringOp(m map[string]any, at string) (StringMatcher, error) {
	var sm StringMatcher
	for _, op := range stringOps {
		v, ok := m[op]
		if !ok {
			continue
		}
		if sm.Op != "" {
			return sm, p.errorf(join(at, op), "a matcher takes one operator; this one also has %s", sm.Op)
		}
		sm.Op = op
		if op == "absent" {
			if v != true {
				return sm, p.errorf(join(at, op), "write absent: true (a missing value), or use another operator")
			}
			continue
		}
		s, err := p.scalarText(v, join(at, op))
		if err != nil {
			return sm, err
		}
		sm.Value = s
		if op == "matches" || op == "doesNotMatch" {
			if sm.re, err = compileRegexp(s); err != nil {
				return sm, p.errorf(join(at, op), "%w", err)
			}
		}
	}
	if sm.Op == "" {
		return sm, p.errorf(at, "the matcher has no operator; give one of %s", expectedKeys(stringOps))
	}
	if v, ok := m["caseInsensitive"]; ok {
		b, isBool := v.(bool)
		if !isBool || sm.Op != "equalTo" {
			return sm, p.errorf(join(at, "caseInsensitive"), "caseInsensitive: true goes with equalTo only")
		}
		sm.CaseInsensitive = b
	}
	return sm, nil
}

func (p *parser) response(m map[string]any, at string) (Answer, error) {
	a := Answer{Status: http.StatusOK, Headers: http.Header{}}
	if err := p.checkKeys(m, at, responseKeys, responseUnsup); err != nil {
		return a, err
	}
	if v, ok := m["status"]; ok {
		n, err := p.integer(v, join(at, "status"))
		if err == nil && (n < 100 || n > 599) {
			err = p.errorf(join(at, "status"), "want an HTTP status from 100 to 599, got %d", n)
		}
		if err != nil {
			return a, err
		}
		a.Status = int(n)
	}
	if err := p.headers(m, at, a.Headers); err != nil {
		return a, err
	}
	if err := p.body(m, at, &a); err != nil {
		return a, err
	}
	if v, ok := m["fixedDelayMilliseconds"]; ok {
		n, err := p.integer(v, join(at, "fixedDelayMilliseconds"))
		if err == nil && (n < 0 || time.Duration(n)*time.Millisecond > MaxDelay) {
			err = p.errorf(join(at, "fixedDelayMilliseconds"), "want 0 to %d, got %d", MaxDelay.Milliseconds(), n)
		}
		if err != nil {
			return a, err
		}
		a.Delay = time.Duration(n) * time.Millisecond
	}
	return a, nil
}

// headers reads a map from name to a value or a list of values.
func (p *parser) headers(m map[string]any, at string, into http.Header) error {
	v, ok := m["headers"]
	if !ok {
		return nil
	}
	at = join(at, "headers")
	hm, ok := v.(map[string]any)
	if !ok {
		return p.errorf(at, "want a map from header name to value, got %s", kindOf(v))
	}
	for _, name := range sortedKeys(hm) {
		values, isList := hm[name].([]any)
		if !isList {
			values = []any{hm[name]}
		}
		for _, hv := range values {
			s, err := p.scalarText(hv, join(at, name))
			if err != nil {
				return err
			}
			into.Add(name, s)
		}
	}
	return nil
}

func (p *parser) body(m map[string]any, at string, a *Answer) error {
	given := ""
	for _, k := range []string{"body", "jsonBody", "base64Body"} {
		v, ok := m[k]
		if !ok {
			continue
		}
		if given != "" {
			return p.errorf(join(at, k), "a response takes one of body, jsonBody, base64Body; this one also has %s", given)
		}
		given = k
		var err error
		switch k {
		case "body":
			s, isText := v.(string)
			if !isText {
				return p.errorf(join(at, k), "body is text; give JSON as jsonBody")
			}
			a.Body = []byte(s)
		case "jsonBody":
			a.Body, err = json.Marshal(v)
		case "base64Body":
			s, isText := v.(string)
			if !isText {
				return p.errorf(join(at, k), "want base64 text, got %s", kindOf(v))
			}
			if a.Body, err = base64.StdEncoding.DecodeString(s); err != nil {
				return p.errorf(join(at, k), "not base64: %w", err)
			}
		}
		if err != nil {
			return p.errorf(join(at, k), "%w", err)
		}
	}
	return nil
}

// text reads an optional text field.
func (p *parser) text(m map[string]any, key, at string) (string, error) {
	v, ok := m[key]
	if !ok || v == nil {
		return "", nil
	}
	s, isText := v.(string)
	if !isText {
		return "", p.errorf(join(at, key), "want text, got %s", kindOf(v))
	}
	return s, nil
}

// scalarText reads text, or a number or boolean as its text (YAML users
// write equalTo: 200).
func (p *parser) scalarText(v any, at string) (string, error) {
	switch t := v.(type) {
	case string:
		return t, nil
	case json.Number:
		return string(t), nil
	case bool:
		return strconv.FormatBool(t), nil
	}
	return "", p.errorf(at, "want text, got %s", kindOf(v))
}

func (p *parser) integer(v any, at string) (int64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, p.errorf(at, "want a whole number, got %s", kindOf(v))
	}
	i, err := n.Int64()
	if err != nil {
		return 0, p.errorf(at, "want a whole number, got %s", n)
	}
	return i, nil
}
