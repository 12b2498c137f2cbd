package jsast_test

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/jsast"
)

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
		{"a function declared in a block is also the function's, as in sloppy-mode Node",
			"function f() {\n  if (1) { function g() {} }\n  g;\n}", "g", []int{2}},
		{"a catch parameter is its own",
			"var e;\ntry {} catch (e) { e; }\ne;", "e", []int{1, 2, 2, 1}},
		{"a named function expression sees its own name only inside",
			"var g = function f() { f; };\nf;", "f", []int{1, 0}},
		{"a class sees its own name, even where an outer name is the same",
			"var K = 1;\nclass K2 { m() { return K2; } }\nK;", "K2", []int{2}},
		{"a field initializer and a static block run in scopes of their own",
			"var s = 1;\nclass K {\n  f = s;\n  static { let s = 2; s; }\n}", "s", []int{1, 1, 4, 4}},
		{"a for-of head already sees the loop's own name, in its dead zone",
			"var x = [];\nfor (const x of x) {}", "x", []int{1, 2, 2}},
		{"a let in a switch is seen in every case",
			"switch (1) {\n  case 1: let c = 1;\n  default: c;\n}", "c", []int{2, 2}},
		{"an undeclared name resolves to nothing",
			"process.env.X = 1;", "process", []int{0}},
		{"destructuring declares each leaf",
			"const { a: { secrets } } = x;\nsecrets;", "secrets", []int{1, 1}},
		{"a destructuring default is read where the pattern stands",
			"var d = 1;\nfunction f({ a = d }) { var d; }", "d", []int{1, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, refsTo(t, tt.code, tt.ident))
		})
	}
}

func TestParamsListsAFunctionsOwnParametersByPosition(t *testing.T) {
	t.Parallel()
	f := parse(t, "module.exports = function (recipient, text, { code }, cb) {};")
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

func TestABindingListsEveryDeclarationOfItsName(t *testing.T) {
	t.Parallel()
	f := parse(t, "function h(x) {\n  var x;\n  function x() {}\n}")
	sc := jsast.Resolve(f.Tree)
	fn := first[*ast.FunctionLiteral](t, f)
	var x *jsast.Binding
	for _, b := range sc.Bindings() {
		if b.Name == "x" {
			x = b
		}
	}
	require.NotNil(t, x)
	assert.Equal(t, []int{1, 2, 3}, declLines(f, x), "the parameter, then the var, then the function")
	assert.Equal(t, jsast.FunctionDecl, x.Kind, "a function declared over a parameter takes it over")
	assert.Nil(t, x.Function, "and is no parameter any more")
	assert.Empty(t, sc.Params(fn))
}

func TestAFunctionDeclaredInABlockDeclaresTwoBindings(t *testing.T) {
	t.Parallel()
	f := parse(t, "function f() {\n  { function g() {} }\n}")
	sc := jsast.Resolve(f.Tree)
	f0 := first[*ast.FunctionDeclaration](t, f)
	g := f0.Function.Body.List[0].(*ast.BlockStatement).List[0].(*ast.FunctionDeclaration)
	var decls int
	for _, b := range sc.Bindings() {
		if b.Name == "g" {
			assert.Equal(t, []*ast.Identifier{g.Function.Name}, b.Decls)
			decls++
		}
	}
	assert.Equal(t, 2, decls, "the block's own, and the function's hoisted one")
}

func TestOnlyAPlainlyNamedParameterIsItsFunctionsParameter(t *testing.T) {
	t.Parallel()
	f := parse(t, "function h(a, { b }, ...c) {}")
	sc := jsast.Resolve(f.Tree)
	fn := first[*ast.FunctionLiteral](t, f)
	params := map[string]bool{}
	for _, b := range sc.Bindings() {
		params[b.Name] = b.IsParamOf(fn)
	}
	assert.Equal(t, map[string]bool{"exports": false, "require": false, "module": false, "__filename": false, "__dirname": false,
		"h": false, "a": true, "b": false, "c": true}, params)
}
