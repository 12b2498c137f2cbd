// Package jsast is what hookemu's static tools share about JavaScript
// source: reading a file the way the emulator loads it (inside the
// CommonJS wrapper, so every position is the user's), walking goja's
// syntax tree with each node's ancestors at hand, and resolving every
// name to its declaration as the engine would.
//
// check (the pre-deploy report) and migrate (Hook to Action) both read
// code through it, so a hook's names, lines and syntax errors are the
// same in both. It is internal: it answers what those tools ask, not
// every question a JavaScript front end could.
package jsast

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// WrapperHead is the CommonJS wrapper the emulator (and Node) put around
// a file, on its first line so line numbers stay the user's. Parsing the
// wrapped code accepts exactly what the emulator accepts (a top-level
// return, say) and declares exports, require, module, __filename and
// __dirname as the wrapper's parameters, as they are at run time.
const WrapperHead = "(function (exports, require, module, __filename, __dirname) {"

// File is JavaScript source parsed inside the wrapper.
type File struct {
	Name string
	// Text is the user's code with a BOM removed and a shebang line
	// commented out, as the emulator runs it; offsets index into it.
	Text string
	Tree *ast.Program
	// Wrapper is the CommonJS wrapper function; its body is the file's
	// own top-level code.
	Wrapper *ast.FunctionLiteral
	base    int
	file    *file.File
}

// SyntaxError is where and why code does not parse or compile.
type SyntaxError struct {
	Line, Column int
	Message      string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Message)
}

// Parse reads code as the emulator does. It reports what the parser
// rejects and also what goja's compiler rejects after parsing (a let
// declared twice), since either keeps the code from loading.
func Parse(name string, code []byte) (*File, error) {
	text := strings.TrimPrefix(string(code), "\ufeff")
	if strings.HasPrefix(text, "#!") {
		text = "//" + text
	}
	wrapped := Wrap(text)
	tree, err := parser.ParseFile(nil, name, wrapped, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return nil, failure(text, err)
	}
	f := &File{Name: name, Text: text, Tree: tree, file: tree.File, base: tree.File.Base() + len(WrapperHead)}
	f.Wrapper = wrapperOf(tree)
	if _, err := goja.Compile(name, wrapped, false); err != nil {
		return nil, failure(text, err)
	}
	return f, nil
}

func wrapperOf(tree *ast.Program) *ast.FunctionLiteral {
	if len(tree.Body) != 1 {
		return nil
	}
	stmt, ok := tree.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	fn, _ := stmt.Expression.(*ast.FunctionLiteral)
	return fn
}

// Wrap puts text inside the CommonJS wrapper, its first line kept on line 1.
func Wrap(text string) string { return WrapperHead + text + "\n})" }

// PlaceSyntaxError turns what goja's parser or compiler said of Wrap(text)
// into a position in text, or nil when err carries no position.
func PlaceSyntaxError(text string, err error) *SyntaxError {
	var list parser.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		pos := list[0].Position
		return placed(text, pos.Line, pos.Column, list[0].Message)
	}
	var syntaxErr *goja.CompilerSyntaxError
	if errors.As(err, &syntaxErr) && syntaxErr.File != nil {
		pos := syntaxErr.File.Position(syntaxErr.Offset)
		return placed(text, pos.Line, pos.Column, syntaxErr.Message)
	}
	return nil
}

func failure(text string, err error) error {
	if se := PlaceSyntaxError(text, err); se != nil {
		return se
	}
	return &SyntaxError{Message: err.Error()}
}

// placed maps a position in the wrapped code to one in text. An error in
// the wrapper's closing "})" means text ended too soon: Node reports that
// as "Unexpected end of input" after the file's last character.
func placed(text string, line, col int, msg string) *SyntaxError {
	lines := Lines(text)
	if line > len(lines) {
		line = len(lines)
		for line > 1 && strings.TrimSpace(lines[line-1]) == "" {
			line--
		}
		return &SyntaxError{Line: line, Column: len(strings.TrimRight(lines[line-1], " \t")) + 1, Message: "Unexpected end of input"}
	}
	line, col = Unwrap(line, col)
	return &SyntaxError{Line: line, Column: col, Message: msg}
}

// engineBreaks turns every line terminator goja knows into \n.
var engineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n")

// Lines splits text into lines as goja counts them (a lone \r, U+2028 and
// U+2029 end a line too), so Lines(text)[line-1] is the line an error or
// a stack names.
func Lines(text string) []string {
	return strings.Split(engineBreaks.Replace(text), "\n")
}

// Unwrap takes the wrapper's width off columns on line 1, where the
// wrapper's head stands before the user's first character.
func Unwrap(line, col int) (int, int) {
	if line == 1 {
		col = max(col-len(WrapperHead), 1)
	}
	return line, col
}
