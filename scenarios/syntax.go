package scenarios

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// yamlLine finds the line in the YAML parser's messages
// ("yaml: line 3: did not find expected key").
var yamlLine = lazyre.New(`^yaml: line (\d+): `)

// addSyntaxError reports why data is not a YAML document, at the best
// place known: the YAML parser's line; for a JSON document (YAML's
// messages place a JSON mistake at the opening brace), encoding/json's
// line and column; for a control character, which YAML reports with no
// place, its own.
func addSyntaxError(data []byte, err error, errs *errorList) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if r, line, col, ok := controlCharacter(data); ok && strings.Contains(msg, "control characters") {
		errs.add(line, col, "a control character (U+%04X); a scenario file is YAML or JSON text", r)
		return
	}
	if isJSONDocument(data) {
		var v any
		if jerr := json.Unmarshal(data, &v); jerr != nil {
			if line, col, ok := hostfile.JSONPosition(data, jerr); ok {
				errs.add(line, col, "not valid JSON: %v", jerr)
				return
			}
		}
	}
	line := 0
	if m := yamlLine().FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = strings.TrimPrefix(err.Error(), m[0])
	}
	errs.add(line, 1, "not valid YAML or JSON: %s", msg)
}

// isJSONDocument tells a JSON document by its first character.
func isJSONDocument(data []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	return len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[')
}

// controlCharacter finds the first character YAML refuses as not
// printable.
func controlCharacter(data []byte) (r rune, line, column int, ok bool) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if !yamlPrintable(r) {
			line, column = hostfile.Position(data, i)
			return r, line, column, true
		}
		i += size
	}
	return 0, 0, 0, false
}

// yamlPrintable is YAML 1.1's set of characters a stream may hold.
func yamlPrintable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		return true
	case r < 0x20 || r == 0x7f:
		return false
	case r >= 0x80 && r < 0xa0:
		return false
	case r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff:
		return false
	}
	return true
}
