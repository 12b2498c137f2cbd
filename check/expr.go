package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

func (r *resolver) optionalExpr(e ast.Expression, u use) {
	if e != nil {
		r.expr(e, u)
	}
}

// expr walks an expression whose value its parent uses as u.
func (r *resolver) expr(e ast.Expression, u use) {
	switch e := e.(type) {
	case *ast.Identifier:
		r.reference(e, true, false, u)
	case *ast.DotExpression:
		r.expr(e.Left, useBase)
		r.member(e, e.Left, e.Identifier.Name.String(), true, false, u)
	case *ast.BracketExpression:
		r.expr(e.Left, useBase)
		r.expr(e.Member, useValue)
		key, known := constKey(e.Member)
		r.member(e, e.Left, key, known, false, u)
	case *ast.PrivateDotExpression:
		r.expr(e.Left, useBase)
	case *ast.OptionalChain:
		r.expr(e.Expression, u)
	case *ast.Optional:
		r.expr(e.Expression, u)
	case *ast.CallExpression:
		r.an.calls = append(r.an.calls, e)
		r.expr(e.Callee, useValue)
		r.exprs(e.ArgumentList, useValue)
	case *ast.NewExpression:
		r.expr(e.Callee, useValue)
		r.exprs(e.ArgumentList, useValue)
	case *ast.AssignExpression:
		r.assign(e, u)
	case *ast.UnaryExpression:
		r.unary(e)
	case *ast.BinaryExpression:
		r.binary(e, u)
	default:
		r.compound(e, u)
	}
}

// compound keeps expr() on one screen: expressions made of others.
func (r *resolver) compound(e ast.Expression, u use) {
	switch e := e.(type) {
	case *ast.ConditionalExpression:
		r.expr(e.Test, useTest)
		r.expr(e.Consequent, u)
		r.expr(e.Alternate, u)
	case *ast.SequenceExpression:
		for i, item := range e.Sequence {
			if i == len(e.Sequence)-1 {
				r.expr(item, u)
			} else {
				r.expr(item, useTest)
			}
		}
	case *ast.FunctionLiteral:
		r.function(e, true)
	case *ast.ArrowFunctionLiteral:
		r.arrow(e)
	case *ast.ClassLiteral:
		r.class(e)
	case *ast.ArrayLiteral:
		r.exprs(e.Value, useValue)
	case *ast.ObjectLiteral:
		r.objectLiteral(e)
	case *ast.SpreadElement:
		r.expr(e.Expression, useValue)
	case *ast.TemplateLiteral:
		r.optionalExpr(e.Tag, useValue)
		r.exprs(e.Expressions, useValue)
	case *ast.AwaitExpression:
		r.expr(e.Argument, useValue)
	case *ast.YieldExpression:
		r.optionalExpr(e.Argument, useValue)
	case *ast.ObjectPattern, *ast.ArrayPattern:
		r.bindTarget(e, nil, nil, false)
	}
	// Literals, this, super, new.target and bad expressions use no names.
}

func (r *resolver) exprs(list []ast.Expression, u use) {
	for _, e := range list {
		r.optionalExpr(e, u) // nil: a hole in [a, , b]
	}
}

func (r *resolver) objectLiteral(o *ast.ObjectLiteral) {
	for _, p := range o.Value {
		switch p := p.(type) {
		case *ast.PropertyKeyed:
			if p.Computed {
				r.expr(p.Key, useValue)
			}
			r.expr(p.Value, useValue)
		case *ast.PropertyShort:
			r.reference(&p.Name, true, false, useValue)
			r.optionalExpr(p.Initializer, useValue)
		case *ast.SpreadElement:
			r.expr(p.Expression, useValue)
		}
	}
}

// unary handles typeof (of an undeclared name, not an error), ++ and --
// (a read and a write), and the operators that only test a value.
func (r *resolver) unary(e *ast.UnaryExpression) {
	switch e.Operator {
	case token.TYPEOF:
		if id, ok := e.Operand.(*ast.Identifier); ok {
			ref := r.reference(id, true, false, useTest)
			ref.typeofOnly = true
			return
		}
		r.expr(e.Operand, useTest)
	case token.INCREMENT, token.DECREMENT:
		r.assignTarget(e.Operand, nil, true)
	case token.NOT, token.VOID, token.DELETE:
		r.expr(e.Operand, useTest)
	default:
		r.expr(e.Operand, useValue)
	}
}

// binary passes the parent's use through || and ?? (so `secrets || {}`
// stays an alias) and treats comparisons as tests.
func (r *resolver) binary(e *ast.BinaryExpression, u use) {
	switch e.Operator {
	case token.LOGICAL_OR, token.COALESCE:
		r.expr(e.Left, u)
		r.expr(e.Right, u)
	case token.LOGICAL_AND:
		r.expr(e.Left, useTest)
		r.expr(e.Right, u)
	case token.EQUAL, token.NOT_EQUAL, token.STRICT_EQUAL, token.STRICT_NOT_EQUAL, token.IN, token.INSTANCEOF:
		r.expr(e.Left, useTest)
		r.expr(e.Right, useTest)
	default:
		r.expr(e.Left, useValue)
		r.expr(e.Right, useValue)
	}
}

// assign walks `left = right` (the right flows into a variable on the
// left) and compound assignments (+=, ||=, ...), which also read left.
func (r *resolver) assign(e *ast.AssignExpression, u use) {
	r.an.assigns = append(r.an.assigns, e)
	if e.Operator != token.ASSIGN {
		r.expr(e.Right, useValue)
		r.assignTarget(e.Left, nil, true)
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
	r.expr(e.Right, rightUse)
	r.assignTarget(e.Left, e.Right, false)
}

// reference records one use of a name.
func (r *resolver) reference(id *ast.Identifier, read, write bool, u use) *reference {
	b := r.scope.lookup(id.Name.String())
	if b != nil {
		b.used++
	}
	ref := &reference{id: id, binding: b, read: read, write: write, inWith: r.withDepth > 0}
	r.an.refs = append(r.an.refs, ref)
	r.an.refOf[id] = ref
	if read {
		r.an.uses = append(r.an.uses, exprUse{expr: id, use: u})
	}
	return ref
}

func (r *resolver) member(node, left ast.Expression, key string, known, write bool, u use) {
	r.an.members = append(r.an.members, member{node: node, left: left, key: key, known: known, write: write})
	r.an.uses = append(r.an.uses, exprUse{expr: node, use: u})
}

// constKey is the property name of a computed key that is a constant:
// x['apikey'], x[`apikey`], x[0].
func constKey(e ast.Expression) (string, bool) {
	switch e := e.(type) {
	case *ast.StringLiteral:
		return e.Value.String(), true
	case *ast.NumberLiteral:
		return e.Literal, true
	case *ast.TemplateLiteral:
		if e.Tag == nil && len(e.Expressions) == 0 && len(e.Elements) == 1 {
			return e.Elements[0].Parsed.String(), true
		}
	}
	return "", false
}
