package migrate

import (
	"github.com/dop251/goja/ast"
)

// place is where a statement stands in a function whose return or throw
// settles the Action's promise: the handler, or a promise callback whose
// chain the handler returns.
type place struct {
	// tail: nothing more of the function runs after this statement.
	tail bool
	// inList: the statement is one of a list, not alone as the body of an
	// if or a loop (where two statements need braces).
	inList bool
	// caught: a throw here would land in a catch that does more than pass
	// the error on, which cb(err) never reached.
	caught bool
}

// callbacks converts cb calls the handler makes itself, and those in
// promise chains it starts, into returns and throws.
func (r *rewriter) callbacks() {
	if r.cb == nil {
		return
	}
	r.statements(r.h.body.List, place{tail: true})
}

// statements converts a list; true when its last statement now ends the
// function (return or throw).
func (r *rewriter) statements(list []ast.Statement, at place) bool {
	ends := false
	for i, s := range list {
		p := at
		p.inList = true
		p.tail = followedByNothing(list[i+1:], at.tail)
		ends = r.statement(s, p)
		if ends {
			r.dropBareReturn(list[i+1:])
		}
	}
	return ends
}

// followedByNothing tells whether, after a statement, nothing else of
// the function runs: no statement follows (in a list that is itself last)
// or a return does.
func followedByNothing(rest []ast.Statement, listTail bool) bool {
	for _, s := range rest {
		switch s.(type) {
		case *ast.EmptyStatement:
			continue
		case *ast.ReturnStatement:
			return true
		}
		return false
	}
	return listTail
}

// dropBareReturn removes the `return;` that followed a cb call the
// conversion turned into a return or throw: it can no longer run.
func (r *rewriter) dropBareReturn(rest []ast.Statement) {
	for _, s := range rest {
		if _, empty := s.(*ast.EmptyStatement); empty {
			continue
		}
		if ret, ok := s.(*ast.ReturnStatement); ok && ret.Argument == nil {
			r.ed.replace(r.extendBack(r.Start(ret)), r.stmtEnd(ret), "")
		}
		return
	}
}

// statement converts one statement; true when it now ends the function.
func (r *rewriter) statement(s ast.Statement, at place) bool {
	switch s := s.(type) {
	case *ast.ExpressionStatement:
		return r.expressionStatement(s, s.Expression, at)
	case *ast.ReturnStatement:
		if s.Argument == nil {
			return false
		}
		return r.expressionStatement(s, s.Argument, at)
	case *ast.BlockStatement:
		return r.statements(s.List, at)
	case *ast.IfStatement:
		p := at
		p.inList = false
		then := r.statement(s.Consequent, p)
		return r.statementOrNil(s.Alternate, p) && then
	case *ast.TryStatement:
		r.tryStatement(s, at)
	case *ast.LabelledStatement:
		return r.statement(s.Statement, at)
	default:
		r.loopBody(s, at)
	}
	return false
}

func (r *rewriter) statementOrNil(s ast.Statement, at place) bool {
	return s != nil && r.statement(s, at)
}

// expressionStatement converts `cb(...)`, `return cb(...)` and promise
// chains whose callbacks call cb.
func (r *rewriter) expressionStatement(s ast.Statement, e ast.Expression, at place) bool {
	if call := r.cbCall(e); call != nil {
		form := asStatement
		if _, ok := s.(*ast.ReturnStatement); ok {
			form = asReturn
		}
		return r.exit(s, call, form, at)
	}
	awaited := false
	if aw, ok := e.(*ast.AwaitExpression); ok {
		e, awaited = aw.Argument, true
	}
	if ch, ok := r.chainOf(e); ok {
		return r.convertChain(s, ch, at, awaited)
	}
	return !awaited && r.nodeback(s, e, at)
}

func (r *rewriter) tryStatement(s *ast.TryStatement, at place) {
	body := at
	if s.Catch != nil && !r.passThroughCatch(s.Catch) {
		body.caught = true
	}
	r.statements(s.Body.List, body)
	if s.Catch != nil {
		r.statements(s.Catch.Body.List, at)
	}
	if s.Finally != nil {
		finally := at
		finally.tail = false
		r.statements(s.Finally.List, finally)
	}
}

// loopBody converts inside loops and switches, where a return or throw
// still ends the function but never as its last statement.
func (r *rewriter) loopBody(s ast.Statement, at place) {
	inside := place{caught: at.caught}
	switch s := s.(type) {
	case *ast.ForStatement:
		r.statement(s.Body, inside)
	case *ast.ForInStatement:
		r.statement(s.Body, inside)
	case *ast.ForOfStatement:
		r.statement(s.Body, inside)
	case *ast.WhileStatement:
		r.statement(s.Body, inside)
	case *ast.DoWhileStatement:
		r.statement(s.Body, inside)
	case *ast.SwitchStatement:
		for _, c := range s.Body {
			r.statements(c.Consequent, inside)
		}
	}
}

// cbCall is e when it is a call of the hook's cb.
func (r *rewriter) cbCall(e ast.Expression) *ast.CallExpression {
	call, ok := e.(*ast.CallExpression)
	if !ok || !r.isCb(call.Callee) {
		return nil
	}
	return call
}

func (r *rewriter) isCb(e ast.Expression) bool {
	id, ok := e.(*ast.Identifier)
	return ok && r.cb != nil && r.sc.Of(id) == r.cb
}

// holdsCb tells whether any use of cb is inside n.
func (r *rewriter) holdsCb(n ast.Node) bool {
	for _, ref := range r.uses(r.cb) {
		if r.parents.Inside(ref, n) {
			return true
		}
	}
	return false
}

// consume marks every use of cb inside n as taken care of (code that is
// removed with it).
func (r *rewriter) consume(n ast.Node) {
	for _, ref := range r.uses(r.cb) {
		if r.parents.Inside(ref, n) {
			r.consumed[ref] = true
		}
	}
}

// passThroughCatch: catch (e) { cb(e); }, or { throw e; }.
func (r *rewriter) passThroughCatch(c *ast.CatchStatement) bool {
	p, ok := c.Parameter.(*ast.Identifier)
	return ok && len(c.Body.List) == 1 && r.passesOn(c.Body.List[0], p)
}

// passesOn tells whether s only hands the error p on: cb(p), return
// cb(p), throw p.
func (r *rewriter) passesOn(s ast.Statement, p *ast.Identifier) bool {
	var e ast.Expression
	switch s := s.(type) {
	case *ast.ExpressionStatement:
		e = s.Expression
	case *ast.ReturnStatement:
		e = s.Argument
	case *ast.ThrowStatement:
		id, ok := s.Argument.(*ast.Identifier)
		return ok && r.sc.Of(id) != nil && r.sc.Of(id) == r.sc.Of(p)
	}
	return r.callsCbWith(e, p)
}

func (r *rewriter) callsCbWith(e ast.Expression, p *ast.Identifier) bool {
	call := r.cbCall(e)
	if call == nil || len(call.ArgumentList) != 1 {
		return false
	}
	arg, ok := call.ArgumentList[0].(*ast.Identifier)
	return ok && r.sc.Of(arg) != nil && r.sc.Of(arg) == r.sc.Of(p)
}
