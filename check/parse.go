package check

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// wrapperHead is the CommonJS wrapper the emulator (and Node) put around a
// hook, on the hook's first line so line numbers stay the user's. Parsing
// the wrapped code accepts exactly what the emulator accepts (a top-level
// return, say) and declares exports, require, module, __filename and
// __dirname as the wrapper's parameters, as they are at run time.
const wrapperHead = "(function (exports, require, module, __filename, __dirname) {"

// program is hook code parsed into goja's AST, with a way back from an
// offset in the tree to a line and column in the user's file.
type program struct {
	name   string
	source string // the user's code, BOM removed, a shebang commented out
	tree   *ast.Program
	file   *file.File
}

// syntaxError is where and why the code does not parse.
type syntaxError struct {
	Line, Column int
	Message      string
}

func (e *syntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Message)
}

// parse reads source as the emulator does. It reports what the parser
// rejects and also what goja's compiler rejects after parsing (a let
// declared twice), since either keeps the hook from loading.
func parse(name string, code []byte) (*program, error) {
	src := strings.TrimPrefix(string(code), "\ufeff")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src
	}
	wrapped := wrapperHead + src + "\n})"
	tree, err := parser.ParseFile(nil, name, wrapped, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return nil, parseFailure(err)
	}
	p := &program{name: name, source: src, tree: tree, file: tree.File}
	if _, err := goja.Compile(name, wrapped, false); err != nil {
		return nil, compileFailure(p, err)
	}
	return p, nil
}

func parseFailure(err error) error {
	var list parser.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		pos := list[0].Position
		return newSyntaxError(pos.Line, pos.Column, list[0].Message)
	}
	return &syntaxError{Message: err.Error()}
}

func compileFailure(p *program, err error) error {
	var syntaxErr *goja.CompilerSyntaxError
	if errors.As(err, &syntaxErr) && syntaxErr.File != nil {
		pos := syntaxErr.File.Position(syntaxErr.Offset)
		return newSyntaxError(pos.Line, pos.Column, syntaxErr.Message)
	}
	return &syntaxError{Message: err.Error()}
}

func newSyntaxError(line, col int, msg string) *syntaxError {
	line, col = unwrapPosition(line, col)
	return &syntaxError{Line: line, Column: col, Message: msg}
}

// unwrapPosition takes the wrapper's width off columns on line 1.
func unwrapPosition(line, col int) (int, int) {
	if line == 1 {
		col = max(col-len(wrapperHead), 1)
	}
	return line, col
}

// position is the line and column of idx in the user's file.
func (p *program) position(idx file.Idx) (line, col int) {
	pos := p.file.Position(int(idx) - p.file.Base())
	return unwrapPosition(pos.Line, pos.Column)
}

// line is the line of idx in the user's file.
func (p *program) line(idx file.Idx) int {
	line, _ := p.position(idx)
	return line
}

// lineCount is how many lines the user's file has.
func (p *program) lineCount() int {
	return strings.Count(strings.TrimRight(p.source, "\n"), "\n") + 1
}

// wrapper is the CommonJS wrapper function, whose body is the hook's own
// top-level code.
func (p *program) wrapper() *ast.FunctionLiteral {
	if len(p.tree.Body) != 1 {
		return nil
	}
	stmt, ok := p.tree.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	fn, _ := stmt.Expression.(*ast.FunctionLiteral)
	return fn
}
