package emulator

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// Kind tells a legacy Hook from an Action.
type Kind string

// The kinds of code the emulator runs.
const (
	KindHook   Kind = "hook"
	KindAction Kind = "action"
)

// Hook is compiled hook code, ready to run any number of times from any
// number of goroutines: the compiled program is shared, every run gets a
// fresh runtime.
type Hook struct {
	Name    string
	Source  string
	Kind    Kind
	program *goja.Program
	// stopped is set when loading ran into a limit: every run ends so.
	stopped *Result
}

// stoppedResult is what a run of a hook whose loading ran into a limit
// reports: that limit, said to have struck while loading.
func (h *Hook) stoppedResult() Result {
	r := *h.stopped
	r.Problems = append(append([]Problem(nil), r.Problems...), Problem{Severity: SeverityError,
		Message: "the limit was reached while loading the hook, in the code at the top level of the file, before the handler was called"})
	return r
}

// wrapperHead keeps the hook's first line on line 1, so every line number
// in an error or stack is the line in the user's file.
const wrapperHead = "(function (exports, require, module, __filename, __dirname) {"

// compile turns source into a program, reporting syntax errors with file,
// line, column and the line itself.
func compile(name, source string) (*goja.Program, error) {
	wrapped := wrapperHead + source + "\n})"
	prog, err := goja.Compile(name, wrapped, false)
	if err == nil {
		return prog, nil
	}
	// The compiler's error is flat text; the parser's carries positions.
	_, parseErr := parser.ParseFile(nil, name, wrapped, 0)
	var list parser.ErrorList
	if errors.As(parseErr, &list) && len(list) > 0 {
		pos := list[0].Position
		return nil, newSyntaxError(name, source, list[0].Message, pos.Line, pos.Column)
	}
	var syntaxErr *goja.CompilerSyntaxError
	if errors.As(err, &syntaxErr) && syntaxErr.File != nil {
		pos := syntaxErr.File.Position(syntaxErr.Offset)
		return nil, newSyntaxError(name, source, syntaxErr.Message, pos.Line, pos.Column)
	}
	return nil, &LoadError{File: name, Message: err.Error(), Hint: "fix the error and run again"}
}

func newSyntaxError(name, source, msg string, line, col int) *LoadError {
	if line == 1 {
		col -= len(wrapperHead)
		if col < 1 {
			col = 1
		}
	}
	lines := strings.Split(source, "\n")
	text := ""
	if line >= 1 && line <= len(lines) {
		text = strings.TrimRight(lines[line-1], "\r")
	}
	return &LoadError{
		File: name, Line: line, Column: col, Message: "SyntaxError: " + msg, Source: text,
		Hint: "fix the syntax error and run again (Auth0 would refuse to save this code)",
	}
}

// LoadError is why code could not become a runnable hook: a syntax error,
// a throw while the module loads, exports of the wrong shape.
type LoadError struct {
	File    string
	Line    int
	Column  int
	Message string
	// Source is the offending line, shown under the message with a caret.
	Source string
	Hint   string
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": ")
	b.WriteString(e.Message)
	if e.Source != "" {
		fmt.Fprintf(&b, "\n    %s\n    %s^", e.Source, caretPad(e.Source, e.Column))
	}
	if e.Hint != "" {
		b.WriteString("\n")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// caretPad keeps tabs as tabs so the caret lines up under the column.
func caretPad(line string, col int) string {
	var b strings.Builder
	for i, r := range line {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
