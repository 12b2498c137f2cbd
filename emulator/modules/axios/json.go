package axios

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// parseJSON is JSON.parse(body) for a response body, building the JS
// values directly: goja's JSON.parse goes through a token decoder that
// costs more than the values themselves. ok is false for what is not
// JSON, and for the JSON it leaves to JSON.parse, which then gives the
// same value or throws the same SyntaxError: invalid UTF-8, lone
// surrogates, a "__proto__" key, deep nesting.
func (m *module) parseJSON(body string) (v goja.Value, ok bool) {
	if !utf8.ValidString(body) {
		return nil, false
	}
	p := jsonParser{rt: m.rt, s: body}
	p.space()
	v, ok = p.value(0)
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.i == len(p.s)
}

// maxJSONDepth bounds the nesting parseJSON takes on.
const maxJSONDepth = 64

type jsonParser struct {
	rt *goja.Runtime
	s  string
	i  int
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (goja.Value, bool) {
	if p.i >= len(p.s) || depth > maxJSONDepth {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, ok := p.string()
		if !ok {
			return nil, false
		}
		return p.rt.ToValue(s), true
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	for _, lit := range []struct {
		text string
		v    goja.Value
	}{{"true", p.rt.ToValue(true)}, {"false", p.rt.ToValue(false)}, {"null", goja.Null()}} {
		if len(p.s)-p.i >= len(lit.text) && p.s[p.i:p.i+len(lit.text)] == lit.text {
			p.i += len(lit.text)
			return lit.v, true
		}
	}
	return nil, false
}

func (p *jsonParser) object(depth int) (goja.Value, bool) {
	p.i++ // {
	o := p.rt.NewObject()
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o, true
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		key, ok := p.string()
		if !ok || key == "__proto__" {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		p.space()
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		// As JSON.parse does: a data property, whatever setters
		// Object.prototype may have.
		if o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) {
			return nil, false
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return o, true
		default:
			return nil, false
		}
	}
}

func (p *jsonParser) array(depth int) (goja.Value, bool) {
	p.i++ // [
	var items []any
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return p.rt.NewArray(), true
	}
	for {
		p.space()
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		items = append(items, v)
		p.space()
		if p.i >= len(p.s) {
			return nil, false
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return p.rt.NewArray(items...), true
		default:
			return nil, false
		}
	}
}

// string reads a JSON string; a string without escapes is a slice of
// the body.
func (p *jsonParser) string() (string, bool) {
	p.i++ // "
	start := p.i
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		default:
			p.i++
		}
	}
	return "", false
}

func (p *jsonParser) escaped(start int) (string, bool) {
	b := []byte(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.s) {
			return "", false
		}
		e := p.s[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				// Only a pair makes a character; a lone half is a string
				// Go cannot hold.
				if r >= 0xdc00 || p.i+1 >= len(p.s) || p.s[p.i] != '\\' || p.s[p.i+1] != 'u' {
					return "", false
				}
				p.i += 2
				r2, ok := p.hex4()
				if !ok || r2 < 0xdc00 || r2 > 0xdfff {
					return "", false
				}
				r = utf16.DecodeRune(r, r2)
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// number reads a JSON number as goja's JSON.parse does (the nearest
// double, by strconv as well).
func (p *jsonParser) number() (goja.Value, bool) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.s) && p.s[p.i] == '0':
		p.i++
	case p.i < len(p.s) && p.s[p.i] >= '1' && p.s[p.i] <= '9':
		p.digits()
	default:
		return nil, false
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if !p.digits() {
			return nil, false
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if !p.digits() {
			return nil, false
		}
	}
	f, err := strconv.ParseFloat(p.s[start:p.i], 64)
	if err != nil {
		// Out of range: goja's JSON.parse throws (where V8 gives Infinity).
		return nil, false
	}
	return p.rt.ToValue(f), true
}

func (p *jsonParser) digits() bool {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}

// stringifyJSON is JSON.stringify(v) for the bodies hooks send: plain
// objects and arrays of strings, numbers, booleans and null, as the
// merges copied them or as the hook made them. ok is false for anything
// else (toJSON, dates, boxed values, BigInt, a string Go cannot hold,
// deep or cyclic nesting), which JSON.stringify then does; undefined
// says JSON.stringify gave undefined.
func (m *module) stringifyJSON(v val) (out string, undefined, ok bool) {
	// A hook's body is mostly a few short fields (the 8x8 guide's is 80
	// bytes): one buffer of that order, rather than five grown to it.
	b := make([]byte, 0, 128)
	b, undefined, ok = m.appendJSON(b, v, 0)
	return string(b), undefined, ok
}

func (m *module) appendJSON(b []byte, v val, depth int) (_ []byte, undefined, ok bool) {
	if depth > maxJSONDepth {
		return b, false, false
	}
	switch v.k {
	case kUndef:
		return b, true, true
	case kStr:
		return appendQuoted(b, v.s)
	case kRef:
		if v.ref.isArray() {
			return b, false, false
		}
		return b, true, true // a function
	case kObj:
		if v.obj.headers || v.obj.has("toJSON") {
			return b, false, false
		}
		b = append(b, '{')
		first := true
		for _, e := range v.obj.ents {
			var item []byte
			item, undef, ok := m.appendJSON(nil, e.v, depth+1)
			if !ok {
				return b, false, false
			}
			if undef {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			if b, _, ok = appendQuoted(b, e.key); !ok {
				return b, false, false
			}
			b = append(append(b, ':'), item...)
		}
		return append(b, '}'), false, true
	case kArr:
		b = append(b, '[')
		for i, e := range v.obj.ents {
			if i > 0 {
				b = append(b, ',')
			}
			var undef bool
			if b, undef, ok = m.appendJSON(b, e.v, depth+1); !ok {
				return b, false, false
			}
			if undef {
				b = append(b, "null"...)
			}
		}
		return append(b, ']'), false, true
	}
	switch jsTypeOf(v.js) {
	case "undefined", "function", "symbol":
		return b, true, true
	case "string":
		return appendQuoted(b, v.js.String())
	case "number":
		f := v.js.ToFloat()
		if f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
			return append(b, "null"...), false, true
		}
		return append(b, v.js.String()...), false, true
	case "boolean":
		if v.js.ToBoolean() {
			return append(b, "true"...), false, true
		}
		return append(b, "false"...), false, true
	case "object":
		if goja.IsNull(v.js) {
			return append(b, "null"...), false, true
		}
	default:
		return b, false, false
	}
	o := v.js.(*goja.Object)
	switch {
	case m.isArray(v):
		return m.appendJSON(b, m.slice(v), depth)
	case m.jsPlainness(o) == plain:
		if t := o.Get("toJSON"); t != nil && !goja.IsUndefined(t) {
			return b, false, false
		}
		keys := o.Keys()
		obj := &object{ents: make([]entry, len(keys))}
		for i, k := range keys {
			obj.ents[i] = entry{key: k, v: jsVal(o.Get(k))}
		}
		return m.appendJSON(b, objVal(obj), depth)
	}
	return b, false, false
}

// appendQuoted is JSON.stringify of a string.
func appendQuoted(b []byte, s string) ([]byte, bool, bool) {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError {
				// Possibly a lone surrogate, which JSON.stringify escapes.
				return b, false, false
			}
			b = append(b, s[i:i+size]...)
			i += size
			continue
		}
		switch {
		case c == '"':
			b = append(b, '\\', '"')
		case c == '\\':
			b = append(b, '\\', '\\')
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hexLower[c>>4], hexLower[c&15])
		default:
			b = append(b, c)
		}
		i++
	}
	return append(b, '"'), false, true
}

const hexLower = "0123456789abcdef"
