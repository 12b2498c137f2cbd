package migrate

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

// parameters rewrites every use of recipient, text and context to what
// the event holds, and finds cb for the callback conversion.
func (r *rewriter) parameters() error {
	list := r.h.params.List
	for i, p := range list {
		if i > 3 {
			break
		}
		id, isName := p.Target.(*ast.Identifier)
		if !isName {
			if i == 3 {
				return &InputError{Name: r.Name, Line: r.Line(r.Start(p)), Message: "cb is destructured; name it (cb) and run migrate again"}
			}
			r.prologue = append(r.prologue, "const "+r.Source(p.Target)+" = "+r.parameterValue(i)+";")
			continue
		}
		b := r.sc.Of(id)
		switch i {
		case 0, 1:
			r.rewriteSimple(b, r.parameterValue(i))
		case 2:
			r.rewriteContext(b)
		case 3:
			r.cb = b
		}
	}
	return nil
}

// parameterValue is what the Action has in place of the hook's i-th
// parameter.
func (r *rewriter) parameterValue(i int) string {
	switch i {
	case 0:
		return r.event + ".message_options.recipient"
	case 1:
		return r.event + ".message_options.text"
	default:
		return r.contextShim()
	}
}

// rewriteSimple replaces each use of recipient (or text) with the
// event's field; a parameter the hook assigns to gets a local copy
// instead, so the event is never written.
func (r *rewriter) rewriteSimple(b *jsast.Binding, value string) {
	refs := r.uses(b)
	for _, ref := range refs {
		if r.isWrite(ref) {
			r.prologue = append(r.prologue, "let "+b.Name+" = "+value+";")
			return
		}
	}
	for _, ref := range refs {
		r.replaceName(ref, value)
	}
}

// uses are the references to b, its declaration left out.
func (r *rewriter) uses(b *jsast.Binding) []*ast.Identifier {
	var out []*ast.Identifier
	for _, ref := range b.Refs {
		if ref != b.Decl {
			out = append(out, ref)
		}
	}
	return out
}

// replaceName puts value where a name was; in { recipient } shorthand
// the key stays: { recipient: event.message_options.recipient }.
func (r *rewriter) replaceName(id *ast.Identifier, value string) {
	from, to := r.Span(id)
	if _, short := r.parents[id].(*ast.PropertyShort); short {
		value = id.Name.String() + ": " + value
	}
	r.ed.replace(from, to, value)
}

// isWrite tells whether id is assigned to: x = ..., x++, [x] = ...,
// for (x of ...).
func (r *rewriter) isWrite(id *ast.Identifier) bool {
	var child ast.Node = id
	for parent := r.parents[id]; parent != nil; child, parent = parent, r.parents[parent] {
		switch p := parent.(type) {
		case *ast.AssignExpression:
			return p.Left == child
		case *ast.UnaryExpression:
			return p.Operator == token.INCREMENT || p.Operator == token.DECREMENT
		case *ast.ForIntoExpression:
			return true
		case *ast.ObjectPattern, *ast.ArrayPattern, *ast.PropertyShort, *ast.PropertyKeyed:
			continue // inside an assignment pattern: keep looking for the assignment
		}
		return false
	}
	return false
}
