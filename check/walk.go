package check

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// walker follows values through the tree: how each expression's value
// is used, what flows into each variable, and the calls, assignments,
// members and destructurings the checks read. jsast has resolved every
// name already; the walker records. This file walks statements and
// declarations; expressions and patterns have files of their own.
type walker struct {
	an        *analysis
	withDepth int
}

// node walks n, whose value (when n is an expression) its parent uses
// as u.
func (w *walker) node(n ast.Node, u use) {
	switch n := n.(type) {
	case *ast.Binding: // goja makes it an Expression too, so it goes first
		w.declaration(n)
	case *ast.ParameterList:
		w.params(n)
	case ast.Statement:
		w.statement(n)
	case ast.Expression:
		w.expr(n, u)
	default: // the program, an arrow's expression body, a class element, a loop's initializer
		w.children(n, u)
	}
}

func (w *walker) children(n ast.Node, u use) {
	for _, c := range jsast.Children(n) {
		w.node(c, u)
	}
}

// statement walks s. A statement only tests or drops the values of the
// expressions it holds (if, while, switch, an expression statement),
// except return and throw, which hand theirs on.
func (w *walker) statement(s ast.Statement) {
	switch s := s.(type) {
	case *ast.ReturnStatement, *ast.ThrowStatement:
		w.children(s, useValue)
	case *ast.CatchStatement:
		if s.Parameter != nil {
			w.bindTarget(s.Parameter, nil, nil, true)
		}
		w.statement(s.Body)
	case *ast.ForInStatement:
		w.forInto(s.Into, s.Source, s.Body)
	case *ast.ForOfStatement:
		w.forInto(s.Into, s.Source, s.Body)
	case *ast.WithStatement:
		w.expr(s.Object, useValue)
		w.withDepth++
		w.statement(s.Body)
		w.withDepth--
	default:
		w.children(s, useTest)
	}
}

// declaration walks one var, let, const or parameter binding: the
// initializer (a parameter's default) runs and flows into the names.
func (w *walker) declaration(b *ast.Binding) {
	w.optionalExpr(b.Initializer, useAlias)
	w.bindTarget(b.Target, b.Initializer, nil, true)
}

// params walks a function's parameters; the rest parameter gets the
// arguments left over, which the analysis cannot follow.
func (w *walker) params(p *ast.ParameterList) {
	for _, b := range p.List {
		w.declaration(b)
	}
	if p.Rest != nil {
		w.bindTarget(p.Rest, nil, nil, true)
	}
}

// forInto walks for-in and for-of: the loop variable gets each key or
// element of src, which the analysis cannot follow.
func (w *walker) forInto(into ast.ForInto, src ast.Expression, body ast.Statement) {
	w.expr(src, useValue)
	switch into := into.(type) {
	case *ast.ForIntoVar:
		w.optionalExpr(into.Binding.Initializer, useValue)
		w.bindTarget(into.Binding.Target, nil, nil, true)
	case *ast.ForDeclaration:
		w.bindTarget(into.Target, nil, nil, true)
	case *ast.ForIntoExpression:
		w.assignTarget(into.Expression, nil, false)
	}
	w.statement(body)
}
