package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/hookemu/hookemu/internal/lazyre"
)

// value is one JSON or YAML value as the file wrote it: objects keep their
// keys in order, scalars keep their text ("1.10" stays "1.10", as a
// version must), and each value knows its line for error messages. Both
// formats decode into it, so the a0deploy readers have one set of field
// rules and errors that name the field, never a Go type.
type value struct {
	kind  valueKind
	text  string // a scalar's text; "true"/"false" for bools
	keys  []string
	vals  []*value       // an object's values, by keys' index
	index map[string]int // keys' index, once an object has many
	items []*value       // a list's items
	line  int
}

type valueKind int

const (
	kindNull valueKind = iota
	kindString
	kindNumber
	kindBool
	kindObject
	kindList
)

// maxDepth bounds nesting; deeper is no config a tool would write.
const maxDepth = 200

func (k valueKind) describe() string {
	return [...]string{"nothing (null)", "text", "a number", "true or false", "an object", "a list"}[k]
}

// get returns the value of key, nil when absent (or v is no object).
func (v *value) get(key string) *value {
	if v == nil || v.kind != kindObject {
		return nil
	}
	if i := v.find(key); i >= 0 {
		return v.vals[i]
	}
	return nil
}

// indexFrom is how many keys an object has before lookups use a map, so
// an object of many keys (aliases can make one) is built in linear time.
const indexFrom = 16

func (v *value) find(key string) int {
	if v.index != nil {
		if i, ok := v.index[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range v.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// set adds key, or replaces its value in place as JSON.parse does.
func (v *value) set(key string, val *value) {
	if i := v.find(key); i >= 0 {
		v.vals[i] = val
		return
	}
	v.keys = append(v.keys, key)
	v.vals = append(v.vals, val)
	switch {
	case v.index != nil:
		v.index[key] = len(v.keys) - 1
	case len(v.keys) > indexFrom:
		v.index = make(map[string]int, len(v.keys))
		for i, k := range v.keys {
			v.index[k] = i
		}
	}
}

func (v *value) isNull() bool { return v == nil || v.kind == kindNull }

// fieldError places a problem with one field of a file.
type fieldError struct {
	file string
	line int
	path string
	msg  string
}

func (e *fieldError) Error() string {
	where := e.file
	if e.line > 0 {
		where = fmt.Sprintf("%s:%d", e.file, e.line)
	}
	if e.path == "" {
		return fmt.Sprintf("%s: %s", where, e.msg)
	}
	return fmt.Sprintf("%s: %s: %s", where, e.path, e.msg)
}

// doc is a parsed file: where it came from, for errors.
type doc struct {
	file string // as shown to the user
	root *value
}

func (d doc) errorf(v *value, path, format string, args ...any) error {
	line := 0
	if v != nil {
		line = v.line
	}
	return &fieldError{file: d.file, line: line, path: path, msg: fmt.Sprintf(format, args...)}
}

// text reads a scalar as text: null or absent is "".
func (d doc) text(v *value, path string) (string, error) {
	switch {
	case v.isNull():
		return "", nil
	case v.kind == kindObject || v.kind == kindList:
		return "", d.errorf(v, path, "want text, got %s", v.kind.describe())
	}
	return v.text, nil
}

// flag reads true or false: null or absent is false.
func (d doc) flag(v *value, path string) (bool, error) {
	switch {
	case v.isNull():
		return false, nil
	case v.kind != kindBool:
		return false, d.errorf(v, path, "want true or false, got %s", v.kind.describe())
	}
	return v.text == "true", nil
}

// list reads a list: null or absent is none.
func (d doc) list(v *value, path string) ([]*value, error) {
	switch {
	case v.isNull():
		return nil, nil
	case v.kind != kindList:
		return nil, d.errorf(v, path, "want a list, got %s", v.kind.describe())
	}
	return v.items, nil
}

// object checks v is an object (or absent).
func (d doc) object(v *value, path string) error {
	if !v.isNull() && v.kind != kindObject {
		return d.errorf(v, path, "want an object, got %s", v.kind.describe())
	}
	return nil
}

// parseJSON reads data as one JSON value, as JSON.parse would accept it
// (a later duplicate key wins), with nesting bounded.
func parseJSON(file string, data []byte) (doc, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := jsonParser{dec: dec, data: data, lines: lineStarts(data)}
	root, err := p.value(0)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			err = errors.New("more after the first JSON value; a file holds one")
		}
	}
	if err != nil {
		line := p.lineAt(dec.InputOffset())
		return doc{}, &fieldError{file: file, line: line, msg: "not valid JSON: " + jsonMessage(err)}
	}
	return doc{file: file, root: root}, nil
}

func jsonMessage(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file ends before the value does"
	}
	return quotedCharacter().ReplaceAllString(err.Error(), "an unexpected character")
}

// quotedCharacter is the character Go's JSON errors quote ("invalid
// character 'k' looking for ..."): after keyword replacement it may be
// one of a secret's, and the line already says where to look.
var quotedCharacter = lazyre.New(`invalid character '(?:[^'\\]|\\.)+'`)

type jsonParser struct {
	dec   *json.Decoder
	data  []byte
	lines []int
}

// lineAt is the line of the first byte at or after offset that is not
// white space or a separator: where the next token starts.
func (p *jsonParser) lineAt(offset int64) int {
	at := int(offset)
	for at < len(p.data) && bytes.IndexByte([]byte(" \t\r\n,:"), p.data[at]) >= 0 {
		at++
	}
	return 1 + sort.SearchInts(p.lines, at+1)
}

func (p *jsonParser) value(depth int) (*value, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("nested deeper than %d levels", maxDepth)
	}
	line := p.lineAt(p.dec.InputOffset())
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	v := &value{line: line}
	switch t := tok.(type) {
	case json.Delim:
		return p.container(v, t, depth)
	case string:
		v.kind, v.text = kindString, t
	case json.Number:
		v.kind, v.text = kindNumber, string(t)
	case bool:
		v.kind, v.text = kindBool, fmt.Sprint(t)
	case nil:
		v.kind = kindNull
	}
	return v, nil
}

func (p *jsonParser) container(v *value, open json.Delim, depth int) (*value, error) {
	v.kind = kindList
	if open == '{' {
		v.kind = kindObject
	}
	for p.dec.More() {
		var key string
		if v.kind == kindObject {
			tok, err := p.dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ = tok.(string)
		}
		item, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		if v.kind == kindObject {
			v.set(key, item)
		} else {
			v.items = append(v.items, item)
		}
	}
	if _, err := p.dec.Token(); err != nil { // the closing delimiter
		return nil, err
	}
	return v, nil
}

// lineStarts lists the offset at which each line after the first starts
// (1-based line n starts after lines[n-2]).
func lineStarts(data []byte) []int {
	var out []int
	for i, b := range data {
		if b == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}
