package buffer

import (
	"encoding/base64"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// btoa is the web global: base64 of a string of Latin-1 characters.
func btoa(rt *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		units := utf16.Encode([]rune(call.Argument(0).String()))
		b := make([]byte, len(units))
		for i, u := range units {
			if u > 0xFF {
				panic(invalidCharacter(rt, "Invalid character"))
			}
			b[i] = byte(u)
		}
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	}
}

// atob is the web global: decodes base64 (whitespace ignored, padding
// optional) into a string of Latin-1 characters.
func atob(rt *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		s := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
				return -1
			}
			return r
		}, call.Argument(0).String())
		if len(s)%4 == 0 {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "="), "=")
		}
		b, err := base64.RawStdEncoding.DecodeString(s)
		if err != nil || len(s)%4 == 1 {
			panic(invalidCharacter(rt, "The string to be decoded is not correctly encoded."))
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return rt.ToValue(string(r))
	}
}

// invalidCharacter stands for the DOMException Node throws; goja has no
// DOMException class, so it is an Error with the same name and code.
func invalidCharacter(rt *goja.Runtime, message string) *goja.Object {
	return httpkit.NewError(rt, message, map[string]any{"name": "InvalidCharacterError", "code": 5})
}
