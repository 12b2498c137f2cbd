package jsast_test

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/jsast"
)

func TestParseReportsASyntaxErrorWhereTheUserWroteIt(t *testing.T) {
	t.Parallel()
	syntax := syntaxError(t, "module.exports = function () {\n  cb(null, {);\n};")
	assert.Equal(t, 2, syntax.Line)
}

func TestASyntaxErrorOnTheFirstLineHasTheUsersColumn(t *testing.T) {
	t.Parallel()
	syntax := syntaxError(t, "let x = 1; let x = 2;") // goja's compiler rejects it, not its parser
	assert.Equal(t, []int{1, 16}, []int{syntax.Line, syntax.Column}, "the second x; the wrapper's head is not counted")
}

func TestAFileThatEndsTooSoonIsPlacedAtItsOwnEnd(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		line, col int
	}{
		{"an unclosed function body", "module.exports = function (r, t, c, cb) {\n  cb(null, {});\n", 2, 16},
		{"an open parenthesis and blank lines after it", "module.exports = function(\n\n", 1, 27},
		{"one line with no newline", "module.exports = function(", 1, 27},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			syntax := syntaxError(t, tt.src)
			assert.Equal(t, []int{tt.line, tt.col}, []int{syntax.Line, syntax.Column}, "not in the wrapper's closing line")
			assert.Equal(t, "Unexpected end of input", syntax.Message)
		})
	}
}

// callIn and the like pick the node a case is about.
func callIn(t *testing.T, f *jsast.File) ast.Node { return first[*ast.CallExpression](t, f) }
func ifIn(t *testing.T, f *jsast.File) ast.Node   { return first[*ast.IfStatement](t, f) }
func nameIn(t *testing.T, f *jsast.File) ast.Node { return first[*ast.Identifier](t, f) }

func TestSourceIsANodesTextAsTheUserWroteIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, want string
		node             func(*testing.T, *jsast.File) ast.Node
	}{
		{"offsets are the user's bytes even after non-ASCII text",
			"var s = 'héllo wörld'; cb(null, {});", "cb(null, {})", callIn},
		{"an if statement starts at its keyword, which goja's parser leaves at zero",
			"var a;\n  if ((a)) { a = 1; }", "if ((a)) { a = 1; }", ifIn},
		{"a BOM is not the user's and a shebang stays a line",
			"\ufeff#!/usr/bin/env node\nvar a;", "a", nameIn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := parse(t, tt.code)
			assert.Equal(t, tt.want, f.Source(tt.node(t, f)))
		})
	}
}

func TestPositionIsTheUsersLineAndColumn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code string
		node       func(*testing.T, *jsast.File) ast.Node
		want       []int
	}{
		{"the wrapper's head is not counted on the first line", "var a = 1;\n  cb(a);", nameIn, []int{1, 5}},
		{"a later line starts at column 1", "var a = 1;\n  cb(a);", callIn, []int{2, 3}},
		{"a shebang is a line of its own", "\ufeff#!/usr/bin/env node\nvar a;", nameIn, []int{2, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := parse(t, tt.code)
			line, col := f.Position(tt.node(t, f).Idx0())
			assert.Equal(t, tt.want, []int{line, col})
		})
	}
}

// A line number from the tree must match goja's own for the same code: a
// syntax error's, a stack trace's.
func TestLinesEndWhereTheEngineEndsThem(t *testing.T) {
	t.Parallel()
	code := "var a;\rvar b;\u2028var c;\r\nvar d;"
	f := parse(t, code)
	var lines []int
	jsast.Walk(f.Wrapper.Body, func(n ast.Node, _ []ast.Node) bool {
		if b, ok := n.(*ast.Binding); ok {
			lines = append(lines, f.Line(f.Start(b)))
		}
		return true
	})
	assert.Equal(t, []int{1, 2, 3, 4}, lines)

	assert.Equal(t, 2, syntaxError(t, "var a;\rvar b = 1 +;").Line)
}
