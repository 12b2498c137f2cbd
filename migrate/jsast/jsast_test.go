package jsast_test

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/migrate/jsast"
)

// refsTo finds every identifier called name and says which binding each
// resolves to, by the line of the binding's declaration (0: undeclared).
func refsTo(t *testing.T, code, name string) []int {
	t.Helper()
	f, err := jsast.Parse("x.js", []byte(code))
	require.NoError(t, err)
	sc := jsast.Resolve(f.Tree)
	var lines []int
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		id, ok := n.(*ast.Identifier)
		if !ok || id.Name.String() != name {
			return true
		}
		line := 0
		if b := sc.Of(id); b != nil {
			line = f.Line(f.Offset(b.Decl.Idx0()))
		}
		lines = append(lines, line)
		return true
	})
	return lines
}

func TestEveryNameResolvesToTheDeclarationTheEngineWouldUse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		code  string
		ident string
		want  []int // the declaration's line for each use, in order; 0: undeclared
	}{
		{"a parameter is seen inside nested arrows",
			"module.exports = function (r, t, context, cb) {\n  [1].map(() => context);\n};", "context", []int{1, 1}},
		{"a let in a block shadows the parameter only inside the block",
			"module.exports = function (context) {\n  { let context = 1; context; }\n  context;\n};", "context", []int{1, 2, 2, 1}},
		{"a var in a block is the function's, hoisted",
			"function f() {\n  x;\n  if (1) { var x = 1; }\n}", "x", []int{3, 3}},
		{"a catch parameter is its own",
			"var e;\ntry {} catch (e) { e; }\ne;", "e", []int{1, 2, 2, 1}},
		{"a named function expression sees its own name only inside",
			"var g = function f() { f; };\nf;", "f", []int{1, 0}},
		{"an undeclared name resolves to nothing",
			"process.env.X = 1;", "process", []int{0}},
		{"destructuring declares each leaf",
			"const { a: { secrets } } = x;\nsecrets;", "secrets", []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, refsTo(t, tt.code, tt.ident))
		})
	}
}

func TestParseReportsASyntaxErrorWhereTheUserWroteIt(t *testing.T) {
	t.Parallel()
	_, err := jsast.Parse("x.js", []byte("module.exports = function () {\n  cb(null, {);\n};"))
	var syntax *jsast.SyntaxError
	require.ErrorAs(t, err, &syntax)
	assert.Equal(t, 2, syntax.Line)
}

func TestOffsetsAreTheUsersBytesEvenAfterNonASCIIText(t *testing.T) {
	t.Parallel()
	code := "var s = 'héllo wörld'; cb(null, {});"
	f, err := jsast.Parse("x.js", []byte(code))
	require.NoError(t, err)
	var call *ast.CallExpression
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		if c, ok := n.(*ast.CallExpression); ok {
			call = c
		}
		return true
	})
	require.NotNil(t, call)
	assert.Equal(t, "cb(null, {})", f.Source(call))
}

func TestParamsListsAFunctionsOwnParametersByPosition(t *testing.T) {
	t.Parallel()
	f, err := jsast.Parse("x.js", []byte("module.exports = function (recipient, text, { code }, cb) {};"))
	require.NoError(t, err)
	sc := jsast.Resolve(f.Tree)
	fn := f.Wrapper.Body.List[0].(*ast.ExpressionStatement).Expression.(*ast.AssignExpression).Right
	params := sc.Params(fn)
	require.Len(t, params, 4)
	assert.Equal(t, "recipient", params[0].Name)
	assert.Nil(t, params[2], "a destructured parameter has no single binding")
	assert.Equal(t, "cb", params[3].Name)
	assert.True(t, sc.Taken("code"))
	assert.False(t, sc.Taken("event"))
}

// goja's parser leaves an if statement's position at zero.
func TestStartFindsWhereAnIfStatementBegins(t *testing.T) {
	t.Parallel()
	f, err := jsast.Parse("x.js", []byte("var a;\n  if ((a)) { a = 1; }"))
	require.NoError(t, err)
	var stmt *ast.IfStatement
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		if s, ok := n.(*ast.IfStatement); ok {
			stmt = s
		}
		return true
	})
	require.NotNil(t, stmt)
	assert.Equal(t, "if ((a)) { a = 1; }", f.Source(stmt))
}
