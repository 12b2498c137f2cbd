package emulator

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jsast"
	"github.com/hookemu/hookemu/internal/jslower"
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
	Name   string
	Source string
	Kind   Kind
	// Trigger is the Auth0 trigger an Action's handler implements
	// (TriggerSendPhoneMessage or TriggerCustomPhoneProvider); a legacy
	// hook's is TriggerSendPhoneMessage, the only one it had. It is ""
	// when a limit stopped the code while it loaded.
	Trigger string
	// Runtime is the Node the code runs on: the one LoadOptions named,
	// else its kind's default.
	Runtime runtimes.Runtime
	program *goja.Program
	// nodeExtras says the code may use what installNodeExtras adds.
	nodeExtras bool
	// nodeModules are the node_modules folders the hook sees.
	nodeModules *nodemodules.Search
	// dependencies pin the version a bare require gets (LoadOptions).
	dependencies map[string]string
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

// compile turns source into a program inside the CommonJS wrapper (the
// first line kept on line 1, so every line number in an error or stack is
// the user's), reporting syntax errors with file, line, column and the
// line itself, placed as check and migrate place them.
func compile(name, source string) (*goja.Program, error) {
	prog, _, err := compileTree(name, source)
	return prog, err
}

// compileTree is compile that also returns the syntax tree it compiled
// (goja.Compile's own parse, kept), or nil when the code was lowered
// first.
func compileTree(name, source string) (*goja.Program, *ast.Program, error) {
	wrapped := jsast.Wrap(source)
	tree, err := goja.Parse(name, wrapped)
	if err == nil {
		var prog *goja.Program
		if prog, err = goja.CompileAST(tree, false); err == nil {
			return prog, tree, nil
		}
	}
	lowered, lowerErr := jslower.Compile(name, source)
	if lowered != nil {
		return lowered, nil, nil
	}
	se := placeSyntaxError(name, source, wrapped, err, lowerErr)
	if se == nil {
		return nil, nil, &LoadError{File: name, Message: err.Error(), Hint: "fix the error and run again"}
	}
	return nil, nil, &LoadError{
		File: name, Line: se.Line, Column: se.Column, Message: "SyntaxError: " + se.Message,
		Source: sourceLine(source, se.Line),
		Hint:   "fix the syntax error and run again (Auth0 would refuse to save this code)",
	}
}

// placeSyntaxError says where err (goja's) or lowerErr (esbuild's, when
// the code had syntax to lower) is in source, or nil when neither says.
func placeSyntaxError(name, source, wrapped string, err error, lowerErr *jslower.SyntaxError) *jsast.SyntaxError {
	if lowerErr != nil {
		return &jsast.SyntaxError{Line: lowerErr.Line, Column: lowerErr.Column, Message: lowerErr.Message}
	}
	// The compiler's error is flat text; the parser's carries positions.
	_, parseErr := parser.ParseFile(nil, name, wrapped, 0)
	if se := jsast.PlaceSyntaxError(source, parseErr); se != nil {
		return se
	}
	return jsast.PlaceSyntaxError(source, err)
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
