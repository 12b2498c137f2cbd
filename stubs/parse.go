package stubs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// Options say where stubs come from.
type Options struct {
	// Source names the file (or scenario key) in errors and reports.
	Source string
	// Host binds the stubs that name no host of their own (--stubs
	// HOST=FILE).
	Host string
}

// Parse reads a stubs file: WireMock mapping JSON (one mapping, an array,
// or {"mappings": [...]}), the short YAML form, or a map from host to
// either. Unknown keys are errors, so a typo cannot widen a stub into one
// that matches everything.
func Parse(data []byte, opts Options) ([]Stub, error) {
	if len(data) > MaxFileBytes {
		return nil, opts.errorf("", "the file holds %d bytes, over the limit of %d; split it", len(data), MaxFileBytes)
	}
	v, err := decodeDocument(data)
	if err != nil {
		return nil, opts.errorf("", "%w", err)
	}
	return ParseValue(v, opts)
}

// ParseValue reads stubs from a value already decoded from YAML or JSON
// (a scenario's stubs: key).
func ParseValue(v any, opts Options) ([]Stub, error) {
	v, err := normalize(v)
	if err != nil {
		return nil, opts.errorf("", "%w", err)
	}
	p := &parser{opts: opts}
	stubs, err := p.top(v)
	if err != nil {
		return nil, err
	}
	if len(stubs) > MaxStubs {
		return nil, opts.errorf("", "%d stubs, over the limit of %d", len(stubs), MaxStubs)
	}
	return stubs, nil
}

// decodeDocument reads JSON when the text starts like JSON, YAML
// otherwise. YAML's flow style starts like JSON too ([{method: POST}]),
// so text that is not JSON is read as YAML, and only if that fails too
// is the JSON error, placed by line and column, reported.
func decodeDocument(data []byte) (any, error) {
	trimmed := bytes.TrimSpace(data)
	var v any
	if len(trimmed) == 0 || (trimmed[0] != '{' && trimmed[0] != '[') {
		if err := yaml.Unmarshal(data, &v); err != nil {
			return nil, fmt.Errorf("not valid YAML: %w", err)
		}
		return v, nil
	}
	v, jsonErr := decodeJSON(trimmed)
	if jsonErr == nil {
		return v, nil
	}
	if yaml.Unmarshal(data, &v) == nil {
		return v, nil
	}
	if line, col, ok := hostfile.JSONPosition(trimmed, jsonErr); ok {
		return nil, fmt.Errorf("line %d, column %d: not valid JSON: %w", line, col, jsonErr)
	}
	return nil, fmt.Errorf("not valid JSON: %w", jsonErr)
}

// normalize turns any YAML value into the JSON value it stands for, with
// exact numbers, so stubs from YAML and JSON compare alike.
func normalize(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, errors.New("stubs must be JSON-like data: object keys are text, numbers are finite")
	}
	return decodeJSON(b)
}

type parser struct {
	opts Options
}

func (o Options) errorf(at, format string, args ...any) error {
	where := o.Source
	if at != "" {
		if where != "" {
			where += ": "
		}
		where += at
	}
	err := fmt.Errorf(format, args...)
	if where == "" {
		return err
	}
	return fmt.Errorf("%s: %w", where, err)
}

func (p *parser) errorf(at, format string, args ...any) error {
	return p.opts.errorf(at, format, args...)
}

// top reads one of the file's shapes.
func (p *parser) top(v any) ([]Stub, error) {
	switch t := v.(type) {
	case []any:
		return p.list(t, "", p.opts.Host)
	case map[string]any:
		if _, ok := t["mappings"]; ok {
			return p.mappingsFile(t, "", p.opts.Host)
		}
		if isStub(t) {
			s, err := p.item(t, "", p.opts.Host)
			return []Stub{s}, err
		}
		return p.hostMap(t)
	case nil:
		return nil, nil
	}
	return nil, p.errorf("", "want a mapping, a list of them, {\"mappings\": [...]} or a map from host to stubs, got %s", kindOf(v))
}

func (p *parser) mappingsFile(m map[string]any, at, host string) ([]Stub, error) {
	if err := p.checkKeys(m, at, []string{"mappings", "meta"}, nil); err != nil {
		return nil, err
	}
	list, ok := m["mappings"].([]any)
	if !ok {
		return nil, p.errorf(join(at, "mappings"), "want a list of mappings, got %s", kindOf(m["mappings"]))
	}
	return p.list(list, join(at, "mappings"), host)
}

func (p *parser) list(items []any, at, host string) ([]Stub, error) {
	var out []Stub
	for i, item := range items {
		where := fmt.Sprintf("%s[%d]", at, i)
		m, ok := item.(map[string]any)
		if !ok {
			return nil, p.errorf(where, "want a mapping, got %s", kindOf(item))
		}
		s, err := p.item(m, where, host)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		if len(out) > MaxStubs {
			return nil, p.errorf(at, "more than %d stubs", MaxStubs)
		}
	}
	return out, nil
}

// hostMap reads {HOST: stubs, ...}; hosts are read in sorted order, which
// only matters for ids, since stubs of different hosts never compete.
func (p *parser) hostMap(m map[string]any) ([]Stub, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Stub
	for _, k := range keys {
		host, err := normalizeHost(k)
		if err != nil {
			return nil, p.unknownKey(k, "", append(append([]string{"mappings"}, mappingKeys...), shortKeys...), err)
		}
		var stubs []Stub
		switch t := m[k].(type) {
		case []any:
			stubs, err = p.list(t, k, host)
		case map[string]any:
			if _, ok := t["mappings"]; ok {
				stubs, err = p.mappingsFile(t, k, host)
			} else {
				var s Stub
				s, err = p.item(t, k, host)
				stubs = []Stub{s}
			}
		default:
			err = p.errorf(k, "want a list of stubs for host %s, got %s", host, kindOf(m[k]))
		}
		if err != nil {
			return nil, err
		}
		out = append(out, stubs...)
		if len(out) > MaxStubs {
			return nil, p.errorf("", "more than %d stubs", MaxStubs)
		}
	}
	return out, nil
}

// isStub tells a stub from a map of hosts: a stub has a key of either
// form, and a host name never is one.
func isStub(m map[string]any) bool {
	for _, k := range append(append([]string{}, mappingKeys...), shortKeys...) {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// item reads one stub in either form, and binds it to its host.
func (p *parser) item(m map[string]any, at, host string) (Stub, error) {
	var s Stub
	var err error
	_, hasRequest := m["request"]
	_, hasResponse := m["response"]
	if hasRequest || hasResponse {
		s, err = p.mapping(m, at)
	} else {
		s, err = p.short(m, at)
	}
	if err != nil {
		return Stub{}, err
	}
	switch {
	case s.Host != "" && host != "" && s.Host != host:
		return Stub{}, p.errorf(at, "the stub names host %s but is given for %s (by the key it is listed under, or --stubs %s=FILE); remove one of them", s.Host, host, host)
	case s.Host == "" && host == "":
		return Stub{}, p.errorf(at, "the stub names no host; add request.host (or host: in the short form), list it under its host, or give the file as --stubs HOST=FILE")
	case s.Host == "":
		s.Host = host
	}
	s.Source = p.opts.Source
	return s, nil
}

// checkKeys rejects any key of m that is not known, with the known key
// it most likely meant; unsupported keys name themselves as such.
func (p *parser) checkKeys(m map[string]any, at string, known []string, unsupported []string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if contains(known, k) {
			continue
		}
		if contains(unsupported, k) {
			return p.errorf(join(at, k), "WireMock's %s is not supported by hookemu's stubs; remove it, or stub the answer without it", k)
		}
		return p.unknownKey(k, at, known, nil)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func join(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case map[string]any:
		return "a map"
	case []any:
		return "a list"
	case string:
		return "text"
	case json.Number:
		return "a number"
	case bool:
		return "true or false"
	}
	return fmt.Sprintf("%T", v)
}

// expectedKeys lists keys for an error message.
func expectedKeys(keys []string) string {
	return strings.Join(keys, ", ")
}
