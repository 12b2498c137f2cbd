package migrate

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

// exitForm is where a cb call stands, which decides its replacement.
type exitForm int

const (
	asStatement exitForm = iota // cb(...);
	asReturn                    // return cb(...); (replaced from the return on)
	asArrowBody                 // (x) => cb(...)
)

// outcome is what a cb call reports: success with an optional value,
// failure with an error, or (cb(err, value) with err unknown) either.
type outcome struct {
	succeeds, fails bool
	err, value      ast.Expression
}

const noteAfterExit = "the hook went on to run the code below after calling cb; in the Action this return (or throw) ends the handler, so that code no longer runs: move what must still happen above it"

// exit converts one cb call: cb(null, x) to return x, cb(err) to throw
// err. False when the call's text does not allow it (comments or
// parentheses inside), which leaves it for a note.
func (r *rewriter) exit(s ast.Statement, call *ast.CallExpression, form exitForm, at place) bool {
	o := r.outcomeOf(call)
	if !o.succeeds && !o.fails && !r.simple(o.err) {
		return false
	}
	pieces, ok := r.exitPieces(s, call, form, o, at)
	if !ok {
		return false
	}
	for _, p := range pieces {
		r.ed.replace(p.from, p.to, p.text)
	}
	if !o.succeeds && !o.fails && form != asArrowBody && !at.inList {
		r.ed.insert(r.Start(s), "{ ")
		r.ed.insert(r.stmtEnd(s), " }")
	}
	r.consumed[call.Callee.(*ast.Identifier)] = true
	if !at.tail && form == asStatement {
		r.note(call, false, noteAfterExit) // after `return cb(...)` the hook stopped too
	}
	return true
}

// outcomeOf reads cb's arguments.
func (r *rewriter) outcomeOf(call *ast.CallExpression) outcome {
	args := call.ArgumentList
	var o outcome
	if len(args) > 1 {
		o.value = args[1]
	}
	if len(args) == 0 {
		o.succeeds = true
		return o
	}
	o.err = args[0]
	switch {
	case r.nullish(args[0]):
		o.succeeds, o.err = true, nil
	case r.surelyError(args[0]):
		o.fails, o.value = true, nil
	}
	return o
}

// nullish: null, undefined, void 0, false, 0, the empty string.
func (r *rewriter) nullish(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.NullLiteral:
		return true
	case *ast.Identifier:
		return e.Name == "undefined" && r.sc.Of(e) == nil
	case *ast.UnaryExpression:
		return e.Operator == token.VOID
	case *ast.BooleanLiteral:
		return !e.Value
	case *ast.NumberLiteral:
		return e.Literal == "0"
	case *ast.StringLiteral:
		return e.Value == ""
	}
	return false
}

// surelyError tells an argument that is always truthy, or the error a
// catch (or a promise's rejection handler) received.
func (r *rewriter) surelyError(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.NewExpression, *ast.ObjectLiteral, *ast.ArrayLiteral, *ast.CallExpression, *ast.TemplateLiteral:
		return true
	case *ast.StringLiteral:
		return e.Value != ""
	case *ast.BooleanLiteral:
		return e.Value
	case *ast.Identifier:
		return r.isErrorParam(e)
	}
	return false
}

// isErrorParam: the parameter of a catch clause, of a .catch callback,
// or the second callback of .then.
func (r *rewriter) isErrorParam(id *ast.Identifier) bool {
	b := r.sc.Of(id)
	switch {
	case b == nil:
		return false
	case b.Kind == jsast.CatchParam:
		return true
	case b.Kind != jsast.Param || b.Index != 0:
		return false
	}
	call, ok := r.parents[b.Function].(*ast.CallExpression)
	if !ok {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return false
	}
	switch dot.Identifier.Name.String() {
	case "catch":
		return len(call.ArgumentList) > 0 && call.ArgumentList[0] == b.Function
	case "then":
		return len(call.ArgumentList) > 1 && call.ArgumentList[1] == b.Function
	}
	return false
}

// simple: an expression safe to write twice (if (err) throw err): a name
// or a plain member chain.
func (r *rewriter) simple(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.Identifier:
		return true
	case *ast.DotExpression:
		return r.simple(e.Left) && plainChain(r.Source(e))
	}
	return false
}

// piece is one replacement of an exit.
type piece struct {
	from, to int
	text     string
}

// exitPieces works out the replacements for one cb call, keeping the
// error's and the value's own text (and any rewrite inside them).
func (r *rewriter) exitPieces(s ast.Statement, call *ast.CallExpression, form exitForm, o outcome, at place) ([]piece, bool) {
	callFrom, callTo := r.Span(call)
	start := callFrom
	if form == asReturn {
		start, form = r.Start(s), asStatement // the return is replaced too
	}
	keep := o.value
	if o.fails {
		keep = o.err
	}
	before, after := r.exitText(form, o, at)
	if keep == nil {
		if !plainGap(r.Text[start:callTo], 1, 1) {
			return nil, false
		}
		return []piece{{start, callTo, before + after}}, true
	}
	keepFrom, keepTo := r.Span(keep)
	if !plainGap(r.Text[start:keepFrom], 1, 0) || !plainGap(r.Text[keepTo:callTo], 0, 1) {
		return nil, false
	}
	return []piece{{start, keepFrom, before}, {keepTo, callTo, after}}, true
}

// exitText is what goes before and after the kept expression.
func (r *rewriter) exitText(form exitForm, o outcome, at place) (string, string) {
	switch {
	case o.fails && at.caught:
		if form == asStatement {
			return "return Promise.reject(", ")"
		}
		return "Promise.reject(", ")"
	case o.fails && form == asArrowBody:
		return "{ throw ", "; }"
	case o.fails:
		return "throw ", ""
	case o.succeeds:
		return r.successText(form, o.value != nil)
	}
	check := r.errorCheck(o.err, at)
	if form == asArrowBody {
		if o.value == nil {
			return "{ " + check + "}", ""
		}
		return "{ " + check + "return ", "; }"
	}
	if o.value == nil {
		return check + "return", ""
	}
	return check + "return ", ""
}

func (r *rewriter) successText(form exitForm, hasValue bool) (string, string) {
	switch {
	case form == asArrowBody && hasValue:
		return "(", ")"
	case form == asArrowBody:
		return "undefined", ""
	case hasValue:
		return "return ", ""
	}
	return "return", ""
}

// errorCheck is cb(err, value) with err unknown: fail only when set.
func (r *rewriter) errorCheck(err ast.Expression, at place) string {
	e := r.Source(err)
	if at.caught {
		return "if (" + e + ") return Promise.reject(" + e + "); "
	}
	return "if (" + e + ") throw " + e + "; "
}

// plainGap tells text a replacement may swallow: no comments, and exactly
// the parentheses of the call itself.
func plainGap(text string, opens, closes int) bool {
	return !strings.Contains(text, "/*") && !strings.Contains(text, "//") &&
		strings.Count(text, "(") == opens && strings.Count(text, ")") == closes
}
