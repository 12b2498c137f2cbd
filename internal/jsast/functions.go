package jsast

import (
	"github.com/dop251/goja/ast"
)

// function walks a function literal in a scope of its own: a named
// function expression sees its own name, parameters come first, then the
// body with its var and function declarations hoisted.
func (r *resolver) function(fn *ast.FunctionLiteral, expression bool) {
	outer := r.scope
	if expression && fn.Name != nil {
		r.scope = newScope(outer, false)
		r.declare(r.scope, fn.Name, FunctionName)
	}
	r.functionBody(fn, fn.ParameterList, fn.Body.List)
	r.scope = outer
}

func (r *resolver) arrow(fn *ast.ArrowFunctionLiteral) {
	outer := r.scope
	switch body := fn.Body.(type) {
	case *ast.BlockStatement:
		r.functionBody(fn, fn.ParameterList, body.List)
	case *ast.ExpressionBody:
		r.functionBody(fn, fn.ParameterList, nil)
		r.visit(body.Expression)
	}
	r.scope = outer
}

// functionBody leaves r.scope at the new function scope; callers restore.
func (r *resolver) functionBody(fn ast.Node, params *ast.ParameterList, body []ast.Statement) {
	fs := newScope(r.scope, true)
	r.scope = fs
	if params != nil {
		for i, p := range params.List {
			r.declareTarget(p.Target, Param, fs, fn, i)
		}
		if params.Rest != nil {
			r.declareTarget(params.Rest, Param, fs, fn, len(params.List))
		}
	}
	r.hoist(body, fs, false)
	r.declareLexical(body, fs)
	if params != nil {
		r.visit(params)
	}
	for _, s := range body {
		r.visit(s)
	}
}

// class walks a class: its name is visible inside it.
func (r *resolver) class(c *ast.ClassLiteral) {
	outer := r.scope
	if c.SuperClass != nil {
		r.visit(c.SuperClass)
	}
	r.scope = newScope(outer, false)
	if c.Name != nil {
		r.declare(r.scope, c.Name, Class)
	}
	for _, el := range c.Body {
		r.classElement(el)
	}
	r.scope = outer
}

func (r *resolver) classElement(el ast.ClassElement) {
	classScope := r.scope
	switch el := el.(type) {
	case *ast.MethodDefinition:
		if el.Computed {
			r.visit(el.Key)
		}
		r.function(el.Body, false)
	case *ast.FieldDefinition:
		if el.Computed {
			r.visit(el.Key)
		}
		if el.Initializer != nil {
			r.scope = newScope(classScope, true)
			r.visit(el.Initializer)
		}
	case *ast.ClassStaticBlock:
		r.functionBody(el, nil, el.Block.List)
	}
	r.scope = classScope
}

// declareLexical declares what a block's own statements put in its
// scope: let, const, class, and function declarations.
func (r *resolver) declareLexical(list []ast.Statement, s *scope) {
	for _, stmt := range list {
		for {
			labelled, ok := stmt.(*ast.LabelledStatement)
			if !ok {
				break
			}
			stmt = labelled.Statement
		}
		switch stmt := stmt.(type) {
		case *ast.LexicalDeclaration:
			for _, b := range stmt.List {
				r.declareTarget(b.Target, lexicalKind(stmt.Token), s, nil, 0)
			}
		case *ast.ClassDeclaration:
			if stmt.Class.Name != nil {
				r.declare(s, stmt.Class.Name, Class)
			}
		case *ast.FunctionDeclaration:
			if stmt.Function.Name != nil {
				r.declare(s, stmt.Function.Name, FunctionDecl)
			}
		}
	}
}

// hoist declares, in the function scope fs, every var of the function's
// body (in any block, not in nested functions) and, as sloppy-mode Node
// does, every function declared in a nested block.
func (r *resolver) hoist(list []ast.Statement, fs *scope, nested bool) {
	for _, stmt := range list {
		r.hoistStatement(stmt, fs, nested)
	}
}

func (r *resolver) hoistStatement(stmt ast.Statement, fs *scope, nested bool) {
	switch s := stmt.(type) {
	case *ast.VariableStatement:
		for _, b := range s.List {
			r.declareTarget(b.Target, Var, fs, nil, 0)
		}
	case *ast.FunctionDeclaration:
		if nested && s.Function.Name != nil {
			r.declare(fs, s.Function.Name, FunctionDecl)
		}
	case *ast.ForStatement:
		if init, ok := s.Initializer.(*ast.ForLoopInitializerVarDeclList); ok {
			for _, b := range init.List {
				r.declareTarget(b.Target, Var, fs, nil, 0)
			}
		}
		r.hoistStatement(s.Body, fs, true)
	case *ast.ForInStatement:
		r.hoistInto(s.Into, s.Body, fs)
	case *ast.ForOfStatement:
		r.hoistInto(s.Into, s.Body, fs)
	default:
		for _, child := range nestedStatements(stmt) {
			r.hoistStatement(child, fs, true)
		}
	}
}

func (r *resolver) hoistInto(into ast.ForInto, body ast.Statement, fs *scope) {
	if v, ok := into.(*ast.ForIntoVar); ok {
		r.declareTarget(v.Binding.Target, Var, fs, nil, 0)
	}
	r.hoistStatement(body, fs, true)
}

// nestedStatements are the statements directly inside stmt that share
// its function: a block's list, an if's branches, a loop's body.
func nestedStatements(stmt ast.Statement) []ast.Statement {
	var out []ast.Statement
	for _, c := range Children(stmt) {
		switch c := c.(type) {
		case *ast.CatchStatement:
			out = append(out, c.Body)
		case *ast.CaseStatement:
			out = append(out, c.Consequent...)
		case ast.Statement:
			out = append(out, c)
		}
	}
	return out
}
