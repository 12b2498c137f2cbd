package migrate

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// nodeback converts the shape SDKs of the callback era make hooks write
// (nexmo's sendSms, aws-sdk v2, twilio 2.x): the last thing the handler
// does is call an API whose last argument is a node-style callback, and
// that callback calls cb. The call is wrapped in a promise the handler
// returns, and cb becomes resolve or reject:
//
//	return new Promise((resolve, reject) => api.send(args, (err, data) => { ... reject(err) ... resolve(value) ... }));
//
// False, leaving the call for a note, when it is not the handler's last
// step, when a catch that does more than pass the error on surrounds it,
// when cb is used inside other than by calling it, or when the names
// resolve and reject are already taken where the callback runs.
func (r *rewriter) nodeback(s ast.Statement, e ast.Expression, at place) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok || !at.tail || at.caught || len(call.ArgumentList) == 0 || registersListener(call) {
		return false
	}
	last := call.ArgumentList[len(call.ArgumentList)-1]
	if !isFunction(last) || !r.holdsCb(last) || r.holdsCb(call.Callee) || r.namesTaken(call) {
		return false
	}
	for _, arg := range call.ArgumentList[:len(call.ArgumentList)-1] {
		if r.holdsCb(arg) {
			return false
		}
	}
	var pieces []piece
	var calls []*ast.CallExpression
	for _, ref := range r.uses(r.cb) {
		if !r.parents.Inside(ref, last) {
			continue
		}
		c, ok := r.parents[ref].(*ast.CallExpression)
		if !ok || c.Callee != ast.Expression(ref) {
			return false // passed on, not called
		}
		p, ok := r.settlePieces(c)
		if !ok {
			return false
		}
		pieces, calls = append(pieces, p...), append(calls, c)
	}
	for _, p := range pieces {
		r.ed.replace(p.from, p.to, p.text)
	}
	for _, c := range calls {
		r.consumed[c.Callee.(*ast.Identifier)] = true
	}
	from, to := r.Span(call)
	lead := "return "
	if _, isReturn := s.(*ast.ReturnStatement); isReturn {
		lead = ""
	}
	r.ed.insert(from, lead+"new Promise((resolve, reject) => ")
	r.ed.insert(to, ")")
	return true
}

func registersListener(call *ast.CallExpression) bool {
	dot, ok := call.Callee.(*ast.DotExpression)
	return ok && eventMethods[dot.Identifier.Name.String()]
}

func isFunction(e ast.Expression) bool {
	switch e.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		return true
	}
	return false
}

// namesTaken tells whether resolve or reject already mean something
// inside the call, which the wrapper's parameters would hide.
func (r *rewriter) namesTaken(call *ast.CallExpression) bool {
	taken := false
	jsast.Walk(call, func(n ast.Node, _ []ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && (id.Name == "resolve" || id.Name == "reject") {
			taken = true
		}
		return !taken
	})
	return taken
}

// settlePieces turns one cb call into a call of resolve or reject:
// cb(err) is reject(err), cb(null, x) resolve(x), and cb(e, x) with e
// unknown (e ? reject(e) : resolve(x)).
func (r *rewriter) settlePieces(c *ast.CallExpression) ([]piece, bool) {
	o := r.outcomeOf(c)
	if !o.fails && !o.succeeds && o.value == nil && r.guardedTruthy(c, o.err) {
		o.fails = true // if (err) return cb(err);
	}
	from, to := r.Span(c)
	switch {
	case o.fails:
		return r.wrapKept(from, to, o.err, "reject(", ")")
	case o.succeeds && o.value == nil:
		return []piece{{from, to, "resolve()"}}, plainGap(r.Text[from:to], 1, 1)
	case o.succeeds:
		return r.wrapKept(from, to, o.value, "resolve(", ")")
	case !r.simple(o.err):
		return nil, false
	}
	e := r.Source(o.err)
	if o.value == nil {
		return r.wrapKept(from, to, o.err, "(", " ? reject("+e+") : resolve())")
	}
	return r.wrapKept(from, to, o.value, "("+e+" ? reject("+e+") : resolve(", "))")
}

// wrapKept replaces the call from..to around keep, which stays as
// written (with any rewrite inside it).
func (r *rewriter) wrapKept(from, to int, keep ast.Expression, before, after string) ([]piece, bool) {
	keepFrom, keepTo := r.Span(keep)
	if !plainGap(r.Text[from:keepFrom], 1, 0) || !plainGap(r.Text[keepTo:to], 0, 1) {
		return nil, false
	}
	return []piece{{from, keepFrom, before}, {keepTo, to, after}}, true
}

// guardedTruthy tells whether e is a name the code around call has
// checked: call stands in the then-branch of an if (e).
func (r *rewriter) guardedTruthy(call ast.Node, e ast.Expression) bool {
	id, ok := e.(*ast.Identifier)
	if !ok || r.sc.Of(id) == nil {
		return false
	}
	for n := ast.Node(call); n != nil; n = r.parents[n] {
		parent, ok := r.parents[n].(*ast.IfStatement)
		if !ok || parent.Consequent != n {
			continue
		}
		if test, ok := parent.Test.(*ast.Identifier); ok && r.sc.Of(test) == r.sc.Of(id) {
			return true
		}
	}
	return false
}
