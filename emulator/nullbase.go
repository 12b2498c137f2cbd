package emulator

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"

	"github.com/hookemu/hookemu/internal/jsast"
)

// nullBases tells whether the base of a failed read was null. goja words
// a read off null and off undefined alike and keeps no trace of the
// value, so only the code can say, and it says so where the value cannot
// have changed: a null literal; a variable declared once as null and
// never written (a var only when declared in its function's own body); a
// property that an object literal of plain values declares null, when
// the object is never written or handed anywhere and no code writes a
// property of that name; a parameter that every call of its function
// passes null, when the function is only ever called by its name.
// Anything else is taken for undefined, the common case, and everything
// but a literal null in code that uses eval, with or arguments.
type nullBases struct {
	scopes  *jsast.Scopes
	parents jsast.Parents
	// inits are the declarations' initializers, by declared identifier.
	inits map[*ast.Identifier]ast.Expression
	// written are the identifiers inside an assignment's target, an
	// update's operand or a for-in/of target.
	written map[*ast.Identifier]bool
	// writtenProps are the names of properties some code assigns or
	// deletes; anyProp is set when a computed one is.
	writtenProps map[string]bool
	anyProp      bool
	// opaque is set when the code can change a variable where no
	// assignment shows it (eval, with, arguments): then only a literal
	// null is null.
	opaque bool
}

func newNullBases(tree *ast.Program) *nullBases {
	b := &nullBases{scopes: jsast.Resolve(tree), parents: jsast.ParentsOf(tree),
		inits: map[*ast.Identifier]ast.Expression{}, written: map[*ast.Identifier]bool{}, writtenProps: map[string]bool{}}
	jsast.Walk(tree, func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.Binding:
			if id, ok := n.Target.(*ast.Identifier); ok {
				b.inits[id] = n.Initializer
			}
		case *ast.AssignExpression:
			b.write(n.Left)
		case *ast.UnaryExpression:
			if n.Operator == token.INCREMENT || n.Operator == token.DECREMENT || n.Operator == token.DELETE {
				b.write(n.Operand)
			}
		case *ast.ForIntoExpression:
			b.write(n.Expression)
		case *ast.WithStatement:
			b.opaque = true
		case *ast.Identifier:
			if name := n.Name.String(); name == "eval" || name == "arguments" {
				b.opaque = true
			}
		}
		return true
	})
	return b
}

// write notes target's identifiers as written, and the property it
// assigns when it is a member.
func (b *nullBases) write(target ast.Node) {
	switch t := target.(type) {
	case *ast.DotExpression:
		b.writtenProps[t.Identifier.Name.String()] = true
	case *ast.BracketExpression:
		if key, ok := jsast.ConstKey(t.Member); ok {
			b.writtenProps[key] = true
		} else {
			b.anyProp = true
		}
	}
	jsast.Walk(target, func(n ast.Node, _ []ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok {
			b.written[id] = true
		}
		return true
	})
}

// null reports whether base, read at the failing spot, was null there.
func (b *nullBases) null(base ast.Expression) bool {
	if _, ok := base.(*ast.NullLiteral); ok {
		return true
	}
	if b.opaque {
		return false
	}
	switch e := base.(type) {
	case *ast.Identifier:
		return b.nullVariable(e) || b.nullParameter(e)
	case *ast.DotExpression:
		return b.nullProperty(e.Left, e.Identifier.Name.String())
	case *ast.BracketExpression:
		key, ok := jsast.ConstKey(e.Member)
		return ok && b.nullProperty(e.Left, key)
	}
	return false
}

// unchanged is the binding of id when it is declared once and never
// written after.
func (b *nullBases) unchanged(id *ast.Identifier) *jsast.Binding {
	binding := b.scopes.Of(id)
	if binding == nil || !b.neverWritten(binding) {
		return nil
	}
	return binding
}

// neverWritten reports whether binding is declared once and never
// written after.
func (b *nullBases) neverWritten(binding *jsast.Binding) bool {
	if len(binding.Decls) != 1 {
		return false
	}
	for _, ref := range binding.Refs {
		if b.written[ref] {
			return false
		}
	}
	return true
}

// nullVariable: a let or const declared null, or a var declared null
// earlier in the same function (a var read before its declaration runs
// is undefined).
func (b *nullBases) nullVariable(id *ast.Identifier) bool {
	binding := b.unchanged(id)
	if binding == nil {
		return false
	}
	if _, ok := b.inits[binding.Decl].(*ast.NullLiteral); !ok {
		return false
	}
	switch binding.Kind {
	case jsast.Let, jsast.Const:
		return true
	case jsast.Var:
		return binding.Decl.Idx < id.Idx && b.parents.Function(binding.Decl) == b.parents.Function(id) && b.atFunctionTop(binding.Decl)
	}
	return false
}

// atFunctionTop reports whether a var's declaration stands in its
// function's own body, not in a branch, block, loop, try or case that
// may not have run before the read.
func (b *nullBases) atFunctionTop(decl *ast.Identifier) bool {
	fn := b.parents.Function(decl)
	for n := b.parents[decl]; n != nil && n != fn; n = b.parents[n] {
		switch n.(type) {
		case *ast.Binding, *ast.VariableStatement:
		case *ast.BlockStatement:
			if b.parents[n] != fn {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// nullProperty: obj is a variable declared as an object literal whose
// last word on prop is null, obj is only ever read from, and no code
// writes a property named prop.
func (b *nullBases) nullProperty(obj ast.Expression, prop string) bool {
	id, ok := obj.(*ast.Identifier)
	if !ok || b.anyProp || b.writtenProps[prop] {
		return false
	}
	binding := b.unchanged(id)
	if binding == nil || !b.onlyMemberBase(binding) {
		return false
	}
	literal, ok := b.inits[binding.Decl].(*ast.ObjectLiteral)
	if !ok {
		return false
	}
	null := false
	for _, p := range literal.Value {
		keyed, ok := p.(*ast.PropertyKeyed)
		if !ok || keyed.Computed || keyed.Kind != ast.PropertyKindValue {
			return false // a spread, a getter or a computed key may say otherwise
		}
		switch keyed.Value.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return false // a method may change the object through this
		}
		if key, ok := jsast.ConstKey(keyed.Key); ok && key == prop {
			_, null = keyed.Value.(*ast.NullLiteral)
		}
	}
	return null
}

// onlyMemberBase reports whether every use of binding reads a property
// of it: it is never handed to code that could change it.
func (b *nullBases) onlyMemberBase(binding *jsast.Binding) bool {
	for _, ref := range binding.Refs {
		if ref == binding.Decl {
			continue
		}
		switch p := b.parents[ref].(type) {
		case *ast.DotExpression:
			if p.Left != ref {
				return false
			}
		case *ast.BracketExpression:
			if p.Left != ref {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// nullParameter: id is a parameter of a function only ever called by
// name, and every call passes null in its place.
func (b *nullBases) nullParameter(id *ast.Identifier) bool {
	param := b.unchanged(id)
	if param == nil || param.Kind != jsast.Param {
		return false
	}
	name := b.functionName(param.Function)
	if name == nil {
		return false
	}
	calls := 0
	for _, ref := range name.Refs {
		if ref == name.Decl {
			continue
		}
		call, ok := b.parents[ref].(*ast.CallExpression)
		if !ok || call.Callee != ref || !nullAt(call.ArgumentList, param.Index) {
			return false
		}
		calls++
	}
	return calls > 0
}

// functionName is the binding that names fn (function f(){}, or const f
// = an arrow or function that nothing writes again), or nil.
func (b *nullBases) functionName(fn ast.Node) *jsast.Binding {
	if lit, ok := fn.(*ast.FunctionLiteral); ok && lit.Name != nil {
		// A declaration's binding is declared by an identifier of its own
		// at the name's place.
		for _, binding := range b.scopes.Bindings() {
			if binding.Kind == jsast.FunctionDecl && binding.Decl.Idx == lit.Name.Idx && b.neverWritten(binding) {
				return binding
			}
		}
		return nil
	}
	declared, ok := b.parents[fn].(*ast.Binding)
	if !ok {
		return nil
	}
	id, ok := declared.Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	return b.unchanged(id)
}

// nullAt reports whether the argument at index is a null literal, with no
// spread before it to move it.
func nullAt(args []ast.Expression, index int) bool {
	if index >= len(args) {
		return false
	}
	for _, a := range args[:index] {
		if _, spread := a.(*ast.SpreadElement); spread {
			return false
		}
	}
	_, ok := args[index].(*ast.NullLiteral)
	return ok
}
