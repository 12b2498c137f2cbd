package stubs

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// shortKeys are the keys of the short form.
var shortKeys = []string{"host", "name", "priority", "method", "path", "status", "json", "body", "headers", "delay"}

// short reads the short form: a stub in one flat map.
func (p *parser) short(m map[string]any, at string) (Stub, error) {
	s := Stub{Priority: DefaultPriority, Response: Answer{Status: http.StatusOK, Headers: http.Header{}}}
	if err := p.checkKeys(m, at, shortKeys, nil); err != nil {
		return s, err
	}
	var err error
	if h, ok := m["host"]; ok {
		if s.Host, err = p.hostMatcher(h, join(at, "host")); err != nil {
			return s, err
		}
	}
	if s.Name, err = p.text(m, "name", at); err != nil {
		return s, err
	}
	if s.Priority, err = p.priority(m, at); err != nil {
		return s, err
	}
	method, err := p.text(m, "method", at)
	if err != nil {
		return s, err
	}
	s.Request.Method = strings.ToUpper(method)
	path, err := p.text(m, "path", at)
	if err != nil {
		return s, err
	}
	if path != "" {
		s.Request.URL = &URLMatcher{Kind: "urlPath", Value: path}
	}
	if err := p.shortAnswer(m, at, &s.Response); err != nil {
		return s, err
	}
	return s, nil
}

func (p *parser) shortAnswer(m map[string]any, at string, a *Answer) error {
	if v, ok := m["status"]; ok {
		n, err := p.integer(v, join(at, "status"))
		if err == nil && (n < 100 || n > 599) {
			err = p.errorf(join(at, "status"), "want an HTTP status from 100 to 599, got %d", n)
		}
		if err != nil {
			return err
		}
		a.Status = int(n)
	}
	if err := p.headers(m, at, a.Headers); err != nil {
		return err
	}
	_, hasJSON := m["json"]
	_, hasBody := m["body"]
	switch {
	case hasJSON && hasBody:
		return p.errorf(join(at, "json"), "a stub answers json or body, not both")
	case hasJSON:
		b, err := json.Marshal(m["json"])
		if err != nil {
			return p.errorf(join(at, "json"), "%w", err)
		}
		a.Body = b
		if a.Headers.Get("Content-Type") == "" {
			a.Headers.Set("Content-Type", "application/json")
		}
	case hasBody:
		s, err := p.scalarText(m["body"], join(at, "body"))
		if err != nil {
			return err
		}
		a.Body = []byte(s)
	}
	if v, ok := m["delay"]; ok {
		d, err := p.delay(v, join(at, "delay"))
		if err != nil {
			return err
		}
		a.Delay = d
	}
	return nil
}

// delay reads a Go duration ("250ms", "2s") or a number of milliseconds.
func (p *parser) delay(v any, at string) (time.Duration, error) {
	var d time.Duration
	switch t := v.(type) {
	case string:
		var err error
		if d, err = time.ParseDuration(t); err != nil {
			return 0, p.errorf(at, "want a duration such as 250ms or 2s, got %q", t)
		}
	case json.Number:
		n, err := p.integer(t, at)
		if err != nil {
			return 0, err
		}
		if n > MaxDelay.Milliseconds() {
			n = MaxDelay.Milliseconds() + 1
		}
		d = time.Duration(n) * time.Millisecond
	default:
		return 0, p.errorf(at, "want a duration such as 250ms, got %s", kindOf(v))
	}
	if d < 0 || d > MaxDelay {
		return 0, p.errorf(at, "want a delay from 0 to %s", MaxDelay)
	}
	return d, nil
}

// normalizeHost takes a host name, or a URL to take it from, and gives it
// lower case without port or trailing dot.
func normalizeHost(s string) (string, error) {
	h := strings.TrimSpace(s)
	if strings.Contains(h, "://") {
		u, err := url.Parse(h)
		if err != nil {
			return "", fmt.Errorf("%q is not a URL", s)
		}
		h = u.Host
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		if _, err := strconv.Atoi(h[i+1:]); err == nil {
			h = h[:i]
		}
	}
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "" || len(h) > 253 {
		return "", fmt.Errorf("%q is not a host name", s)
	}
	for _, r := range h {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_') {
			return "", fmt.Errorf("%q is not a host name", s)
		}
	}
	if !strings.Contains(h, ".") && h != "localhost" {
		return "", fmt.Errorf("%q is not a host name with a dot", s)
	}
	return h, nil
}

func itoa(i int) string { return strconv.Itoa(i) }
