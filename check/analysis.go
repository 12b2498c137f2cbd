package check

import (
	"github.com/dop251/goja/ast"
)

// analysis is everything the static checks read off one walk of the
// tree: every name declared and where, every use of a name and what it
// resolved to, and the calls, assignments, property accesses and
// destructurings the individual checks look at.
type analysis struct {
	prog     *program
	wrapper  *ast.FunctionLiteral
	bindings []*binding
	refs     []*reference
	refOf    map[*ast.Identifier]*reference
	uses     []exprUse
	members  []member
	calls    []*ast.CallExpression
	assigns  []*ast.AssignExpression
	// destructures lists every leaf of every destructuring, with the
	// value destructured and the keys taken to reach the leaf.
	destructures []source
}

// analyze resolves every name in p, the way the JavaScript engine would.
func analyze(p *program) *analysis {
	an := &analysis{prog: p, wrapper: p.wrapper(), refOf: map[*ast.Identifier]*reference{}}
	r := &resolver{an: an, scope: newScope(nil, true)}
	r.statements(p.tree.Body)
	return an
}

// bindingOf is what the identifier in an expression resolved to.
func (an *analysis) bindingOf(id *ast.Identifier) *binding {
	if ref := an.refOf[id]; ref != nil {
		return ref.binding
	}
	return nil
}

// isWrapperParam tells whether id names one of the wrapper's parameters
// (require, module, exports...), not a variable of the hook's own.
func (an *analysis) isWrapperParam(id *ast.Identifier, name string) bool {
	if id == nil || id.Name.String() != name {
		return false
	}
	ref := an.refOf[id]
	if ref == nil {
		return false
	}
	b := ref.binding
	return b == nil || (b.param != nil && b.param.fn == an.wrapper)
}
