package migrate

import (
	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// actionExport is what an Action assigns its handler to.
const actionExport = "exports.onExecuteSendPhoneMessage"

// header turns `module.exports = function (recipient, text, context, cb) {`
// into `exports.onExecuteSendPhoneMessage = async (event, api) => {`. A
// named function, or one that uses this or arguments (which an arrow
// function does not have), stays a function.
func (r *rewriter) header() error {
	if r.h.params.Rest != nil {
		return &InputError{Name: r.Name, Line: r.Line(r.Start(r.h.params.Rest)), Message: "the hook takes ...rest parameters; name them (recipient, text, context, cb) and run migrate again"}
	}
	from, to := r.Span(r.h.target)
	r.ed.replace(from, to, actionExport)
	params := "(" + r.event + ", " + r.api + ")"
	head := "async " + params + " => {"
	if r.h.declared || r.h.name != "" || r.usesOwnThis(r.h.fn) {
		head = "async function " + r.h.name + params + " {"
		if r.h.name == "" {
			head = "async function " + params + " {"
		}
	}
	r.ed.replace(r.Start(r.h.fn), r.Offset(r.h.body.LeftBrace)+1, head)
	return nil
}

// usesOwnThis tells whether fn's body uses its own this or arguments
// (not those of a function nested in it).
func (r *rewriter) usesOwnThis(fn ast.Node) bool {
	uses := false
	jsast.Walk(fn, func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionLiteral:
			return n == fn
		case *ast.ThisExpression:
			uses = true
		case *ast.Identifier:
			if n.Name == "arguments" && r.sc.Of(n) == nil {
				uses = true
			}
		}
		return !uses
	})
	return uses
}
