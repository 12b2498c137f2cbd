package migrate

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// callback is a promise callback the await form inlines.
type callback struct {
	fn    ast.Node
	param *ast.Identifier // nil when it takes none
	block *ast.BlockStatement
	call  *ast.CallExpression // the cb call that is an arrow's whole body
}

// awaitPlan is the common shape: p.then(onValue) with, optionally, a
// .catch(onError) or .then(onValue, onError). onError is nil when it only
// passes the error on, which a rejected await does by itself.
type awaitPlan struct {
	onValue   callback
	onError   *callback
	unhandled bool // no rejection handler at all
	// passedOn is the handler that only passes the error on; it goes.
	passedOn ast.Expression
}

const noteUnhandled = "the hook never called back when this promise rejected (Auth0 waited until its time limit); the Action fails at once instead"

// awaitPlan recognises the shapes the await form handles.
func (r *rewriter) awaitPlan(ch chain) (awaitPlan, bool) {
	var plan awaitPlan
	first := ch.links[0]
	if first.method != "then" || len(first.call.ArgumentList) == 0 || len(ch.links) > 2 {
		return plan, false
	}
	value, ok := r.inlinable(ch.expr, first.call.ArgumentList[0], true)
	if !ok {
		return plan, false
	}
	plan.onValue = value
	var onError ast.Expression
	switch {
	case len(first.call.ArgumentList) == 2 && len(ch.links) == 1:
		onError = first.call.ArgumentList[1]
		if !r.passesErrorOn(onError) {
			return plan, false // it would not see onValue's errors: not a try/catch
		}
	case len(first.call.ArgumentList) > 1:
		return plan, false
	case len(ch.links) == 2:
		second := ch.links[1]
		if second.method != "catch" || len(second.call.ArgumentList) != 1 {
			return plan, false
		}
		onError = second.call.ArgumentList[0]
	}
	switch {
	case onError == nil:
		plan.unhandled = true
	case r.passesErrorOn(onError):
		plan.passedOn = onError
	default:
		handler, ok := r.inlinable(ch.expr, onError, false)
		if !ok {
			return plan, false
		}
		plan.onError = &handler
	}
	return plan, true
}

// inlinable reads a callback whose body can stand in the handler: a
// function or arrow with at most one plain parameter, a body of
// statements (or a cb call), no this or arguments of its own, no var
// (which would hoist into the handler), and, for the value callback
// whose names land in the handler's block, no name the handler uses.
func (r *rewriter) inlinable(chainExpr ast.Expression, arg ast.Expression, lands bool) (callback, bool) {
	var cb callback
	var params *ast.ParameterList
	switch fn := arg.(type) {
	case *ast.FunctionLiteral:
		if fn.Generator || r.usesOwnThis(fn) {
			return cb, false
		}
		cb.fn, params, cb.block = fn, fn.ParameterList, fn.Body
	case *ast.ArrowFunctionLiteral:
		cb.fn, params = fn, fn.ParameterList
		switch body := fn.Body.(type) {
		case *ast.BlockStatement:
			cb.block = body
		case *ast.ExpressionBody:
			if cb.call = r.cbCall(body.Expression); cb.call == nil {
				return cb, false
			}
		}
	default:
		return cb, false
	}
	if params.Rest != nil || len(params.List) > 1 {
		return cb, false
	}
	if len(params.List) == 1 {
		id, ok := params.List[0].Target.(*ast.Identifier)
		if !ok || params.List[0].Initializer != nil {
			return cb, false
		}
		cb.param = id
	}
	if cb.block != nil && r.declaresVar(cb.block) {
		return cb, false
	}
	if lands && r.namesClash(cb, chainExpr) {
		return cb, false
	}
	return cb, true
}

// passesErrorOn: cb itself, or (e) => cb(e), function (e) { cb(e); }.
func (r *rewriter) passesErrorOn(arg ast.Expression) bool {
	if r.isCb(arg) {
		return true
	}
	var params *ast.ParameterList
	var body []ast.Statement
	switch fn := arg.(type) {
	case *ast.FunctionLiteral:
		params, body = fn.ParameterList, fn.Body.List
	case *ast.ArrowFunctionLiteral:
		params = fn.ParameterList
		switch b := fn.Body.(type) {
		case *ast.BlockStatement:
			body = b.List
		case *ast.ExpressionBody:
			body = []ast.Statement{&ast.ExpressionStatement{Expression: b.Expression}}
		}
	default:
		return false
	}
	if len(params.List) != 1 || len(body) != 1 {
		return false
	}
	p, ok := params.List[0].Target.(*ast.Identifier)
	return ok && r.passesOn(body[0], p)
}

// declaresVar tells whether a body declares a var, outside functions
// nested in it.
func (r *rewriter) declaresVar(body *ast.BlockStatement) bool {
	found := false
	jsast.Walk(body, func(n ast.Node, _ []ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return false
		case *ast.VariableStatement, *ast.ForLoopInitializerVarDeclList, *ast.ForIntoVar:
			found = true
		}
		return !found
	})
	return found
}

// namesClash tells whether a name the inlined callback brings into the
// handler's block (its parameter, its own top-level declarations) is
// used by the hook anywhere outside the callback.
func (r *rewriter) namesClash(cb callback, chainExpr ast.Expression) bool {
	var names []*ast.Identifier
	if cb.param != nil {
		names = append(names, cb.param)
	}
	if cb.block != nil {
		for _, b := range r.sc.Bindings() {
			if b.Decl != nil && r.declaredAtTop(b, cb.block) {
				names = append(names, b.Decl)
			}
		}
	}
	for _, id := range names {
		name := id.Name.String()
		if len(r.sc.Free(name)) > 0 {
			return true
		}
		for _, b := range r.sc.Bindings() {
			if b.Name == name && !r.parents.Inside(b.Decl, cb.fn) {
				return true
			}
		}
	}
	return false
}

// declaredAtTop: b is declared by a statement directly in block.
func (r *rewriter) declaredAtTop(b *jsast.Binding, block *ast.BlockStatement) bool {
	stmt := r.parents.Statement(b.Decl)
	for _, s := range block.List {
		if fd, ok := s.(*ast.FunctionDeclaration); ok && fd.Function.Name == b.Decl {
			return true
		}
		if s == stmt {
			return true
		}
	}
	return false
}
