package fetch

import "fmt"

// jsonErrorMessage is the message of the SyntaxError V8 (Node 20) throws
// for JSON.parse(text), which goja words differently. Hooks see it in
// undici's json() rejection and inside node-fetch's "invalid json response
// body" FetchError, typically for an HTML error page or an empty body. It
// returns "" for text that parses.
func jsonErrorMessage(text string) string {
	p := &jsonScan{src: utf16Of(text)}
	err := p.document()
	if err == nil {
		return ""
	}
	return err.Error()
}

// V8's context rules for "Unexpected token": sources shorter than this
// are quoted whole, longer ones by ten characters around the token.
const (
	jsonContext       = 10
	jsonContextMinLen = 2*jsonContext + 1
)

type jsonScan struct {
	src []uint16
	pos int
}

type jsonError string

func (e jsonError) Error() string { return string(e) }

func (p *jsonScan) at(format string) error {
	return jsonError(fmt.Sprintf(format+" in JSON at position %d", p.pos))
}

func (p *jsonScan) eof() bool { return p.pos >= len(p.src) }

func (p *jsonScan) skipSpace() {
	for !p.eof() {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonScan) document() error {
	if err := p.value(); err != nil {
		return err
	}
	p.skipSpace()
	if !p.eof() {
		return jsonError(fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", p.pos))
	}
	return nil
}

func (p *jsonScan) value() error {
	p.skipSpace()
	if p.eof() {
		return jsonError("Unexpected end of JSON input")
	}
	switch c := p.src[p.pos]; {
	case c == '"':
		return p.str()
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '-' || isDigit(c):
		return p.number()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	return p.unexpected()
}

// unexpected is V8's report of the token at pos.
func (p *jsonScan) unexpected() error {
	if p.eof() {
		return jsonError("Unexpected end of JSON input")
	}
	c := p.src[p.pos]
	switch {
	case c == '"':
		return p.at("Unexpected string")
	case c == '-' || isDigit(c):
		return p.at("Unexpected number")
	}
	source := stringOf(p.src)
	switch source {
	case "NaN", "Infinity", "undefined", "[object Object]":
		return jsonError(fmt.Sprintf("%q is not valid JSON", source))
	}
	token := stringOf(p.src[p.pos : p.pos+1])
	n := len(p.src)
	switch {
	case n < jsonContextMinLen:
		return jsonError(fmt.Sprintf(`Unexpected token '%s', "%s" is not valid JSON`, token, source))
	case p.pos < jsonContext:
		return jsonError(fmt.Sprintf(`Unexpected token '%s', "%s"... is not valid JSON`, token, stringOf(p.src[:p.pos+jsonContext])))
	case p.pos < n-jsonContext:
		return jsonError(fmt.Sprintf(`Unexpected token '%s', ..."%s"... is not valid JSON`, token, stringOf(p.src[p.pos-jsonContext:p.pos+jsonContext])))
	default:
		return jsonError(fmt.Sprintf(`Unexpected token '%s', ..."%s" is not valid JSON`, token, stringOf(p.src[p.pos-jsonContext:])))
	}
}

func (p *jsonScan) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if p.eof() {
			return jsonError("Unexpected end of JSON input")
		}
		if p.src[p.pos] != uint16(word[i]) {
			return p.unexpected()
		}
		p.pos++
	}
	return nil
}

func (p *jsonScan) object() error {
	p.pos++ // {
	p.skipSpace()
	if !p.eof() && p.src[p.pos] == '}' {
		p.pos++
		return nil
	}
	if p.eof() || p.src[p.pos] != '"' {
		return p.at("Expected property name or '}'")
	}
	for {
		if err := p.str(); err != nil {
			return err
		}
		p.skipSpace()
		if p.eof() || p.src[p.pos] != ':' {
			return p.at("Expected ':' after property name")
		}
		p.pos++
		if err := p.value(); err != nil {
			return err
		}
		p.skipSpace()
		if p.eof() || (p.src[p.pos] != ',' && p.src[p.pos] != '}') {
			return p.at("Expected ',' or '}' after property value")
		}
		if p.src[p.pos] == '}' {
			p.pos++
			return nil
		}
		p.pos++
		p.skipSpace()
		if p.eof() || p.src[p.pos] != '"' {
			return p.at("Expected double-quoted property name")
		}
	}
}

func (p *jsonScan) array() error {
	p.pos++ // [
	p.skipSpace()
	if !p.eof() && p.src[p.pos] == ']' {
		p.pos++
		return nil
	}
	for {
		if err := p.value(); err != nil {
			return err
		}
		p.skipSpace()
		if p.eof() || (p.src[p.pos] != ',' && p.src[p.pos] != ']') {
			return p.at("Expected ',' or ']' after array element")
		}
		if p.src[p.pos] == ']' {
			p.pos++
			return nil
		}
		p.pos++
	}
}

func (p *jsonScan) str() error {
	p.pos++ // "
	for {
		if p.eof() {
			return p.at("Unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return nil
		case c < 0x20:
			return p.at("Bad control character in string literal")
		case c == '\\':
			p.pos++
			if p.eof() {
				return p.at("Unterminated string")
			}
			switch p.src[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for range 4 {
					p.pos++
					if p.eof() {
						return p.at("Unterminated string")
					}
					if !isHex(p.src[p.pos]) {
						return p.at("Bad Unicode escape")
					}
				}
			default:
				return p.at("Bad escaped character")
			}
		}
		p.pos++
	}
}

func (p *jsonScan) number() error {
	if p.src[p.pos] == '-' {
		p.pos++
		if p.eof() || !isDigit(p.src[p.pos]) {
			return p.at("No number after minus sign")
		}
	}
	if p.src[p.pos] == '0' {
		p.pos++
		if !p.eof() && isDigit(p.src[p.pos]) {
			return p.at("Unexpected number")
		}
	} else {
		p.digits()
	}
	if !p.eof() && p.src[p.pos] == '.' {
		p.pos++
		if p.eof() || !isDigit(p.src[p.pos]) {
			return p.at("Unterminated fractional number")
		}
		p.digits()
	}
	if !p.eof() && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if !p.eof() && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if p.eof() || !isDigit(p.src[p.pos]) {
			return p.at("Exponent part is missing a number")
		}
		p.digits()
	}
	return nil
}

func (p *jsonScan) digits() {
	for !p.eof() && isDigit(p.src[p.pos]) {
		p.pos++
	}
}

func isDigit(c uint16) bool { return c >= '0' && c <= '9' }

func isHex(c uint16) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}
