package hostfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// TextError is where a file stops being text: a NUL byte or bytes that are
// not UTF-8. It names the place and the byte's value, never the text
// around it, since a binary file (a key, /proc/self/environ) may hold
// secrets.
type TextError struct {
	Line, Column int
	Problem      string
}

func (e *TextError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s; this is not a text file", e.Line, e.Column, e.Problem)
}

// CheckText returns a *TextError at the first NUL byte or invalid UTF-8
// sequence in data, or nil when data is UTF-8 text.
func CheckText(data []byte) error {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == 0:
			return textError(data, i, "a NUL byte")
		case r == utf8.RuneError && size <= 1:
			return textError(data, i, fmt.Sprintf("byte 0x%02x is not UTF-8", data[i]))
		}
		i += size
	}
	return nil
}

func textError(data []byte, offset int, problem string) *TextError {
	line, col := Position(data, offset)
	return &TextError{Line: line, Column: col, Problem: problem}
}

// Position turns a byte offset in data into a 1-based line and column (the
// column counted in characters, as editors do).
func Position(data []byte, offset int) (line, column int) {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
