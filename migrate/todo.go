package migrate

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// What to do about the uses of cb and the writes migrate leaves as they
// were.
const (
	noteListener = "cb is called in an event listener, where neither return nor throw reaches the handler; left as it was: wrap the work in `await new Promise((resolve, reject) => { ... })`, call resolve(value) or reject(err) where this calls cb, then return the value"
	notePassed   = "cb is passed to another function, which calls it later; left as it was: make that function return a promise (or wrap the call in `await new Promise((resolve, reject) => ...)`, passing (err, value) => err ? reject(err) : resolve(value)), await it and return its value"
	noteNested   = "cb is called in a callback the handler does not wait for; left as it was: wrap the call that takes this callback in `await new Promise((resolve, reject) => { ... })` with resolve(value) and reject(err) in place of cb, then return the value"
	noteOther    = "cb is used in a way hookemu cannot convert; left as it was: call it as a statement of its own, or write return value / throw err in its place"
	noteEnvWrite = "an Action's process.env is shared by every run in its container and is not where secrets live; left as it was: keep the value in a local variable, or add it to the Action's secrets and read event.secrets"
)

// eventMethods are the EventEmitter methods that register a listener.
var eventMethods = map[string]bool{"on": true, "once": true, "addListener": true, "prependListener": true, "prependOnceListener": true}

// leftoverCallbacks notes every use of cb no conversion took care of.
func (r *rewriter) leftoverCallbacks() {
	if r.cb == nil {
		return
	}
	for _, ref := range r.uses(r.cb) {
		if !r.consumed[ref] {
			r.note(ref, true, r.whyLeft(ref))
		}
	}
}

// whyLeft tells the shapes apart, each with its own advice.
func (r *rewriter) whyLeft(ref *ast.Identifier) string {
	if call, ok := r.parents[ref].(*ast.CallExpression); ok && call.Callee != ast.Expression(ref) {
		return notePassed
	}
	fn := r.parents.Function(ref)
	if fn == nil || fn == r.h.fn {
		return noteOther
	}
	if call, ok := r.parents[fn].(*ast.CallExpression); ok {
		if dot, ok := call.Callee.(*ast.DotExpression); ok && eventMethods[dot.Identifier.Name.String()] {
			return noteListener
		}
	}
	return noteNested
}

// processEnvWrites notes every assignment to process.env.X.
func (r *rewriter) processEnvWrites() {
	jsast.Walk(r.h.body, func(n ast.Node, _ []ast.Node) bool {
		if a, ok := n.(*ast.AssignExpression); ok && r.isProcessEnvMember(a.Left) {
			r.note(a, true, noteEnvWrite)
		}
		return true
	})
}

func (r *rewriter) isProcessEnvMember(e ast.Expression) bool {
	var left ast.Expression
	switch e := e.(type) {
	case *ast.DotExpression:
		left = e.Left
	case *ast.BracketExpression:
		left = e.Left
	default:
		return false
	}
	env, ok := left.(*ast.DotExpression)
	if !ok || env.Identifier.Name != "env" {
		return false
	}
	id, ok := env.Left.(*ast.Identifier)
	return ok && id.Name == "process" && r.sc.Of(id) == nil
}
