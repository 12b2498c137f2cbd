package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// resolver walks the tree once with the scope chain of the code at each
// point, so every name resolves to its declaration (or to nothing) as the
// engine would resolve it. This file walks statements; expressions,
// patterns and declarations have files of their own.
type resolver struct {
	an        *analysis
	scope     *scope
	withDepth int
}

func (r *resolver) statements(list []ast.Statement) {
	for _, s := range list {
		r.statement(s)
	}
}

func (r *resolver) statement(s ast.Statement) {
	switch s := s.(type) {
	case *ast.BlockStatement:
		r.block(s.List)
	case *ast.ExpressionStatement:
		r.expr(s.Expression, useTest)
	case *ast.VariableStatement:
		r.declarations(s.List)
	case *ast.LexicalDeclaration:
		r.declarations(s.List)
	case *ast.FunctionDeclaration:
		r.function(s.Function, false)
	case *ast.ClassDeclaration:
		r.class(s.Class)
	case *ast.IfStatement:
		r.expr(s.Test, useTest)
		r.statement(s.Consequent)
		if s.Alternate != nil {
			r.statement(s.Alternate)
		}
	case *ast.ReturnStatement:
		r.optionalExpr(s.Argument, useValue)
	case *ast.ThrowStatement:
		r.expr(s.Argument, useValue)
	case *ast.TryStatement:
		r.try(s)
	case *ast.SwitchStatement:
		r.switchStatement(s)
	default:
		r.loopOrOther(s)
	}
}

// loopOrOther keeps statement() on one screen.
func (r *resolver) loopOrOther(s ast.Statement) {
	switch s := s.(type) {
	case *ast.ForStatement:
		r.forStatement(s)
	case *ast.ForInStatement:
		r.forInto(s.Into, s.Source, s.Body)
	case *ast.ForOfStatement:
		r.forInto(s.Into, s.Source, s.Body)
	case *ast.WhileStatement:
		r.expr(s.Test, useTest)
		r.statement(s.Body)
	case *ast.DoWhileStatement:
		r.statement(s.Body)
		r.expr(s.Test, useTest)
	case *ast.LabelledStatement:
		r.statement(s.Statement)
	case *ast.WithStatement:
		r.expr(s.Object, useValue)
		r.withDepth++
		r.statement(s.Body)
		r.withDepth--
	}
	// BranchStatement, EmptyStatement, DebuggerStatement, BadStatement
	// use no names (labels are not variables).
}

// block runs list in a new block scope holding its let, const, class and
// function declarations.
func (r *resolver) block(list []ast.Statement) {
	outer := r.scope
	r.scope = newScope(outer, false)
	r.declareLexical(list, r.scope)
	r.statements(list)
	r.scope = outer
}

// declarations walks var, let and const bindings: the names were declared
// on entering their scope; here the initializers run and flow into them.
func (r *resolver) declarations(list []*ast.Binding) {
	for _, b := range list {
		r.optionalExpr(b.Initializer, useAlias)
		r.bindTarget(b.Target, b.Initializer, nil, true)
	}
}

func (r *resolver) try(s *ast.TryStatement) {
	r.block(s.Body.List)
	if c := s.Catch; c != nil {
		outer := r.scope
		r.scope = newScope(outer, false)
		if c.Parameter != nil {
			r.declareTarget(c.Parameter, declCatch, r.scope, nil)
			r.bindTarget(c.Parameter, nil, nil, true)
		}
		r.block(c.Body.List)
		r.scope = outer
	}
	if s.Finally != nil {
		r.block(s.Finally.List)
	}
}

func (r *resolver) switchStatement(s *ast.SwitchStatement) {
	r.expr(s.Discriminant, useTest)
	outer := r.scope
	r.scope = newScope(outer, false)
	for _, c := range s.Body {
		r.declareLexical(c.Consequent, r.scope)
	}
	for _, c := range s.Body {
		r.optionalExpr(c.Test, useTest)
		r.statements(c.Consequent)
	}
	r.scope = outer
}

func (r *resolver) forStatement(s *ast.ForStatement) {
	outer := r.scope
	r.scope = newScope(outer, false)
	switch init := s.Initializer.(type) {
	case *ast.ForLoopInitializerLexicalDecl:
		r.declareBindings(init.LexicalDeclaration.List, lexicalKind(init.LexicalDeclaration.Token), r.scope)
		r.declarations(init.LexicalDeclaration.List)
	case *ast.ForLoopInitializerVarDeclList:
		r.declarations(init.List)
	case *ast.ForLoopInitializerExpression:
		r.expr(init.Expression, useTest)
	}
	r.optionalExpr(s.Test, useTest)
	r.optionalExpr(s.Update, useTest)
	r.statement(s.Body)
	r.scope = outer
}

// forInto walks for-in and for-of: the loop variable gets each key or
// element of source, which the analysis cannot follow.
func (r *resolver) forInto(into ast.ForInto, src ast.Expression, body ast.Statement) {
	outer := r.scope
	r.scope = newScope(outer, false)
	r.expr(src, useValue)
	switch into := into.(type) {
	case *ast.ForIntoVar:
		r.optionalExpr(into.Binding.Initializer, useValue)
		r.bindTarget(into.Binding.Target, nil, nil, true)
	case *ast.ForDeclaration:
		kind := declLet
		if into.IsConst {
			kind = declConst
		}
		r.declareTarget(into.Target, kind, r.scope, nil)
		r.bindTarget(into.Target, nil, nil, true)
	case *ast.ForIntoExpression:
		r.assignTarget(into.Expression, nil, false)
	}
	r.statement(body)
	r.scope = outer
}

func lexicalKind(t token.Token) declKind {
	if t == token.CONST {
		return declConst
	}
	return declLet
}
