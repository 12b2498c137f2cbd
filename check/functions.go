package check

import (
	"github.com/dop251/goja/ast"
)

// function walks a function literal (declaration, expression or method)
// in a scope of its own: a named function expression sees its own name,
// parameters (patterns, defaults, rest) come first, then the body with
// its var and function declarations hoisted.
func (r *resolver) function(fn *ast.FunctionLiteral, expression bool) {
	outer := r.scope
	if expression && fn.Name != nil {
		r.scope = newScope(outer, false)
		r.declare(r.scope, fn.Name, declFunctionName)
	}
	r.functionBody(fn, fn.ParameterList, fn.Body)
	r.scope = outer
}

func (r *resolver) arrow(fn *ast.ArrowFunctionLiteral) {
	outer := r.scope
	switch body := fn.Body.(type) {
	case *ast.BlockStatement:
		r.functionBody(fn, fn.ParameterList, body)
	case *ast.ExpressionBody:
		r.functionBody(fn, fn.ParameterList, nil)
		r.expr(body.Expression, useValue) // in the function's scope
	}
	r.scope = outer
}

// functionBody leaves r.scope at the new function scope; callers restore.
func (r *resolver) functionBody(fn ast.Node, params *ast.ParameterList, body *ast.BlockStatement) {
	fs := newScope(r.scope, true)
	r.scope = fs
	if params != nil {
		for i, p := range params.List {
			r.declareTarget(p.Target, declParam, fs, &paramSlot{fn: fn, index: i})
		}
		if params.Rest != nil {
			r.declareTarget(params.Rest, declParam, fs, &paramSlot{fn: fn, index: len(params.List)})
		}
	}
	if body != nil {
		r.hoist(body.List, fs, false)
		r.declareLexical(body.List, fs)
	}
	if params != nil {
		for _, p := range params.List {
			r.optionalExpr(p.Initializer, useAlias)
			r.bindTarget(p.Target, p.Initializer, nil, true)
		}
		if params.Rest != nil {
			r.bindTarget(params.Rest, nil, nil, true)
		}
	}
	if body != nil {
		r.statements(body.List)
	}
}

// class walks a class: its name is visible inside it, methods are
// functions, field initializers and static blocks run as functions would.
func (r *resolver) class(c *ast.ClassLiteral) {
	outer := r.scope
	r.optionalExpr(c.SuperClass, useValue)
	r.scope = newScope(outer, false)
	if c.Name != nil {
		r.declare(r.scope, c.Name, declClass)
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
			r.expr(el.Key, useValue)
		}
		r.function(el.Body, false)
	case *ast.FieldDefinition:
		if el.Computed {
			r.expr(el.Key, useValue)
		}
		if el.Initializer != nil {
			r.scope = newScope(classScope, true)
			r.expr(el.Initializer, useValue)
		}
	case *ast.ClassStaticBlock:
		r.scope = newScope(classScope, true)
		r.hoist(el.Block.List, r.scope, false)
		r.declareLexical(el.Block.List, r.scope)
		r.statements(el.Block.List)
	}
	r.scope = classScope
}
