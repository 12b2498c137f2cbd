package migrate

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

// handler is the function the hook exports.
type handler struct {
	// target is module.exports in `module.exports = ...`.
	target ast.Expression
	// fn is the function: a literal or arrow on the right of the
	// assignment, or a function declared by name elsewhere.
	fn     ast.Node
	params *ast.ParameterList
	body   *ast.BlockStatement
	// name is the function's own name ("" for an anonymous function).
	name string
	// declared is set when module.exports names a function declaration,
	// whose header is rewritten where it stands.
	declared bool
}

// findHandler reads the last top-level `module.exports = ...`, as at run
// time the last assignment wins.
func findHandler(p *program) (handler, error) {
	f, sc := p.File, p.sc
	if f.Wrapper == nil {
		return handler{}, &InputError{Name: f.Name, Message: "no code to migrate"}
	}
	var h handler
	var value ast.Expression
	for _, stmt := range f.Wrapper.Body.List {
		assign := topAssignment(stmt)
		if assign == nil {
			continue
		}
		switch {
		case p.isMember(assign.Left, "module", "exports"):
			h.target, value = assign.Left, assign.Right
		case p.isActionExport(assign.Left):
			return handler{}, &InputError{Name: f.Name, Line: f.Line(f.Start(assign)), Message: "this is already an Action (it exports " + memberKey(assign.Left) + "); migrate takes a legacy hook"}
		}
	}
	if value == nil {
		return handler{}, &InputError{Name: f.Name, Message: "no module.exports = function (recipient, text, context, cb) { ... } at the top level: migrate takes a legacy send-phone-message hook"}
	}
	return resolveHandler(f, sc, h, value)
}

func resolveHandler(f *jsast.File, sc *jsast.Scopes, h handler, value ast.Expression) (handler, error) {
	line := f.Line(f.Start(value))
	switch fn := value.(type) {
	case *ast.FunctionLiteral:
		h.fn, h.params, h.body = fn, fn.ParameterList, fn.Body
		if fn.Name != nil {
			h.name = fn.Name.Name.String()
		}
		if fn.Generator {
			return h, &InputError{Name: f.Name, Line: line, Message: "the hook is a generator function; Auth0 never ran such a hook"}
		}
		return h, nil
	case *ast.ArrowFunctionLiteral:
		body, ok := fn.Body.(*ast.BlockStatement)
		if !ok {
			return h, &InputError{Name: f.Name, Line: line, Message: "the hook is an arrow function without braces; write its body as { ... } and run migrate again"}
		}
		h.fn, h.params, h.body = fn, fn.ParameterList, body
		return h, nil
	case *ast.Identifier:
		if decl := declaredFunction(f, sc, fn); decl != nil {
			h.fn, h.params, h.body, h.name, h.declared = decl, decl.ParameterList, decl.Body, decl.Name.Name.String(), true
			return h, nil
		}
	}
	return h, &InputError{Name: f.Name, Line: line, Message: "module.exports is not a function hookemu can follow; export the function itself: module.exports = function (recipient, text, context, cb) { ... }"}
}

// declaredFunction is the top-level function declaration id names.
func declaredFunction(f *jsast.File, sc *jsast.Scopes, id *ast.Identifier) *ast.FunctionLiteral {
	b := sc.Of(id)
	if b == nil || b.Kind != jsast.FunctionDecl {
		return nil
	}
	for _, stmt := range f.Wrapper.Body.List {
		if d, ok := stmt.(*ast.FunctionDeclaration); ok && d.Function.Name == b.Decl {
			return d.Function
		}
	}
	return nil
}

func topAssignment(stmt ast.Statement) *ast.AssignExpression {
	es, ok := stmt.(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	a, ok := es.Expression.(*ast.AssignExpression)
	if !ok || a.Operator != token.ASSIGN {
		return nil
	}
	return a
}

// isMember tells whether e is object.key where object is the wrapper's
// own parameter of that name (module, exports, require), not a variable
// of the hook's.
func (p *program) isMember(e ast.Expression, object, key string) bool {
	dot, ok := e.(*ast.DotExpression)
	if !ok || dot.Identifier.Name.String() != key {
		return false
	}
	return p.isWrapperName(dot.Left, object)
}

// isWrapperName tells whether e names the wrapper's own parameter (or
// the global) called name, not a variable of the hook's.
func (p *program) isWrapperName(e ast.Expression, name string) bool {
	id, ok := e.(*ast.Identifier)
	if !ok || id.Name.String() != name {
		return false
	}
	b := p.sc.Of(id)
	return b == nil || b.IsParamOf(p.Wrapper)
}

func (p *program) isActionExport(e ast.Expression) bool {
	dot, ok := e.(*ast.DotExpression)
	if !ok {
		return false
	}
	switch dot.Identifier.Name.String() {
	case "onExecuteSendPhoneMessage", "onExecuteCustomPhoneProvider":
		return p.isWrapperName(dot.Left, "exports") || p.isMember(dot.Left, "module", "exports")
	}
	return false
}

func memberKey(e ast.Expression) string {
	if dot, ok := e.(*ast.DotExpression); ok {
		return dot.Identifier.Name.String()
	}
	return "an Action handler"
}
