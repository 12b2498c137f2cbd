package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

func (w *walker) optionalExpr(e ast.Expression, u use) {
	if e != nil {
		w.expr(e, u)
	}
}

// expr walks an expression whose value its parent uses as u.
func (w *walker) expr(e ast.Expression, u use) {
	switch e := e.(type) {
	case *ast.Identifier:
		w.reference(e, true, false, u)
	case *ast.DotExpression, *ast.BracketExpression:
		w.access(e, false, u)
	case *ast.PrivateDotExpression:
		w.expr(e.Left, useBase)
	case *ast.OptionalChain:
		w.expr(e.Expression, u)
	case *ast.Optional:
		w.expr(e.Expression, u)
	case *ast.CallExpression:
		w.an.calls = append(w.an.calls, e)
		w.children(e, useValue)
	case *ast.AssignExpression:
		w.assign(e, u)
	case *ast.UnaryExpression:
		w.unary(e)
	case *ast.BinaryExpression:
		w.binary(e, u)
	default:
		w.compound(e, u)
	}
}

// compound keeps expr() on one screen: expressions made of others.
func (w *walker) compound(e ast.Expression, u use) {
	switch e := e.(type) {
	case *ast.ConditionalExpression:
		w.expr(e.Test, useTest)
		w.expr(e.Consequent, u)
		w.expr(e.Alternate, u)
	case *ast.SequenceExpression:
		for i, item := range e.Sequence {
			if i == len(e.Sequence)-1 {
				w.expr(item, u)
			} else {
				w.expr(item, useTest)
			}
		}
	case *ast.ObjectPattern, *ast.ArrayPattern:
		w.bindTarget(e, nil, nil, false)
	default:
		// Functions, classes, new, array, object and template literals,
		// spread, await and yield hand each part on as a value: an
		// argument, an element, a property. Literals, this, super and
		// new.target have no parts.
		w.children(e, useValue)
	}
}

// unary handles typeof (of an undeclared name, not an error), ++ and --
// (a read and a write), and the operators that only test a value.
func (w *walker) unary(e *ast.UnaryExpression) {
	switch e.Operator {
	case token.TYPEOF:
		if id, ok := e.Operand.(*ast.Identifier); ok {
			ref := w.reference(id, true, false, useTest)
			ref.typeofOnly = true
			return
		}
		w.expr(e.Operand, useTest)
	case token.INCREMENT, token.DECREMENT:
		w.assignTarget(e.Operand, nil, true)
	case token.NOT, token.VOID, token.DELETE:
		w.expr(e.Operand, useTest)
	default:
		w.expr(e.Operand, useValue)
	}
}

// binary passes the parent's use through || and ?? (so `secrets || {}`
// stays an alias) and treats comparisons as tests.
func (w *walker) binary(e *ast.BinaryExpression, u use) {
	switch e.Operator {
	case token.LOGICAL_OR, token.COALESCE:
		w.expr(e.Left, u)
		w.expr(e.Right, u)
	case token.LOGICAL_AND:
		w.expr(e.Left, useTest)
		w.expr(e.Right, u)
	case token.EQUAL, token.NOT_EQUAL, token.STRICT_EQUAL, token.STRICT_NOT_EQUAL, token.IN, token.INSTANCEOF:
		w.expr(e.Left, useTest)
		w.expr(e.Right, useTest)
	default:
		w.expr(e.Left, useValue)
		w.expr(e.Right, useValue)
	}
}

// assign walks `left = right` (the right flows into a variable on the
// left) and compound assignments (+=, ||=, ...), which also read left.
func (w *walker) assign(e *ast.AssignExpression, u use) {
	w.an.assigns = append(w.an.assigns, e)
	if e.Operator != token.ASSIGN {
		w.expr(e.Right, useValue)
		w.assignTarget(e.Left, nil, true)
		return
	}
	rightUse := useValue
	switch e.Left.(type) {
	case *ast.Identifier, *ast.ObjectPattern, *ast.ArrayPattern:
		rightUse = useAlias
	}
	if u == useAlias {
		rightUse = useAlias // a = b = secrets: b's value flows on
	}
	w.expr(e.Right, rightUse)
	w.assignTarget(e.Left, e.Right, false)
}

// reference records one use of a name.
func (w *walker) reference(id *ast.Identifier, read, write bool, u use) *reference {
	b := w.an.resolved(id)
	if b != nil {
		b.used++
	}
	ref := &reference{id: id, binding: b, read: read, write: write, inWith: w.withDepth > 0}
	w.an.refs = append(w.an.refs, ref)
	w.an.refOf[id] = ref
	if read {
		w.an.uses = append(w.an.uses, exprUse{expr: id, use: u})
	}
	return ref
}

// access walks a property access (x.y, x[y]): the object, the key when
// computed, then the access itself, read or written.
func (w *walker) access(e ast.Expression, write bool, u use) {
	switch e := e.(type) {
	case *ast.DotExpression:
		w.expr(e.Left, useBase)
		w.member(e, e.Left, e.Identifier.Name.String(), true, write, u)
	case *ast.BracketExpression:
		w.expr(e.Left, useBase)
		w.expr(e.Member, useValue)
		key, known := jsast.ConstKey(e.Member)
		w.member(e, e.Left, key, known, write, u)
	}
}

func (w *walker) member(node, left ast.Expression, key string, known, write bool, u use) {
	w.an.members = append(w.an.members, member{node: node, left: left, key: key, known: known, write: write})
	w.an.uses = append(w.an.uses, exprUse{expr: node, use: u})
}
