package migrate

import (
	"github.com/dop251/goja/ast"
)

// chain is a promise chain: base.then(...).catch(...)...
type chain struct {
	expr  ast.Expression
	base  ast.Expression
	links []link // innermost first
}

type link struct {
	call   *ast.CallExpression
	method string // then, catch or finally
}

// chainOf reads e as a promise chain whose callbacks use cb.
func (r *rewriter) chainOf(e ast.Expression) (chain, bool) {
	ch := chain{expr: e}
	for {
		call, ok := e.(*ast.CallExpression)
		if !ok {
			break
		}
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok {
			break
		}
		method := dot.Identifier.Name.String()
		if method != "then" && method != "catch" && method != "finally" {
			break
		}
		ch.links = append([]link{{call: call, method: method}}, ch.links...)
		e = dot.Left
	}
	ch.base = e
	ok := len(ch.links) > 0 && r.holdsCb(ch.expr) && !r.holdsCb(ch.base)
	return ch, ok
}

// convertChain turns the common shape into awaits (when nothing of the
// handler runs after it); any other chain is returned (or awaited) with
// return and throw in its callbacks. True when the statement now ends
// the function.
func (r *rewriter) convertChain(s ast.Statement, ch chain, at place, awaited bool) bool {
	if at.tail && !awaited {
		if plan, ok := r.awaitPlan(ch); ok && r.gapsArePlain(s, ch, plan) {
			return r.awaitForm(s, ch, plan, at)
		}
	}
	return r.returnForm(s, ch, at, awaited)
}

// returnForm keeps the chain and makes the handler wait for it: cb(null,
// x) in a callback becomes return x, which resolves the chain, and
// cb(err) a throw, which rejects it.
func (r *rewriter) returnForm(s ast.Statement, ch chain, at place, awaited bool) bool {
	for _, l := range ch.links {
		for i, arg := range l.call.ArgumentList {
			r.reactionCallback(l, i, arg)
		}
	}
	_, isReturn := s.(*ast.ReturnStatement)
	switch {
	case isReturn || awaited:
	case at.tail:
		r.ed.insert(r.Start(ch.expr), "return ")
		isReturn = true
	default:
		r.ed.insert(r.Start(ch.expr), "await ")
	}
	return isReturn && !awaited
}

// reactionCallback converts the cb calls of one callback of the chain.
func (r *rewriter) reactionCallback(l link, index int, arg ast.Expression) {
	if r.isCb(arg) {
		if l.method == "catch" || (l.method == "then" && index == 1) {
			from, to := r.Span(arg)
			r.ed.replace(from, to, "(err) => { throw err; }")
			r.consumed[arg.(*ast.Identifier)] = true
		}
		return
	}
	inside := place{tail: true, inList: true}
	switch fn := arg.(type) {
	case *ast.FunctionLiteral:
		r.statements(fn.Body.List, inside)
	case *ast.ArrowFunctionLiteral:
		switch body := fn.Body.(type) {
		case *ast.BlockStatement:
			r.statements(body.List, inside)
		case *ast.ExpressionBody:
			if call := r.cbCall(body.Expression); call != nil {
				r.exit(nil, call, asArrowBody, inside)
			}
		}
	}
}
