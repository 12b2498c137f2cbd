package check

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/internal/jsast"
)

// analysis is everything the static checks read off the tree: every
// name declared and where (jsast resolves them as the engine would),
// every use of a name and what it resolved to, the values that flow
// into each variable, and the calls, assignments, property accesses and
// destructurings the individual checks look at.
type analysis struct {
	file       *jsast.File
	scopes     *jsast.Scopes
	bindings   []*binding
	bindingFor map[*jsast.Binding]*binding
	refs       []*reference
	refOf      map[*ast.Identifier]*reference
	uses       []exprUse
	members    []member
	calls      []*ast.CallExpression
	assigns    []*ast.AssignExpression
	// destructures lists every leaf of every destructuring, with the
	// value destructured and the keys taken to reach the leaf.
	destructures []source
}

// analyze resolves every name in f, then walks the tree once to record
// how each value is used and where it flows.
func analyze(f *jsast.File) *analysis {
	sc := jsast.Resolve(f.Tree)
	an := &analysis{file: f, scopes: sc, bindingFor: map[*jsast.Binding]*binding{}, refOf: map[*ast.Identifier]*reference{}}
	for _, jb := range sc.Bindings() {
		b := &binding{Binding: jb}
		an.bindings = append(an.bindings, b)
		an.bindingFor[jb] = b
	}
	an.functionSources()
	w := &walker{an: an}
	w.node(f.Tree, useTest)
	return an
}

// functionSources gives the names a function declaration declares the
// function as their value. The engine binds them on entering their
// scope, before any statement runs, so these come first among a
// binding's sources, in the order of its declarations.
func (an *analysis) functionSources() {
	declared := map[*ast.Identifier]*ast.FunctionLiteral{}
	jsast.Walk(an.file.Tree, func(n ast.Node, _ []ast.Node) bool {
		if d, ok := n.(*ast.FunctionDeclaration); ok && d.Function.Name != nil {
			declared[d.Function.Name] = d.Function
		}
		return true
	})
	for _, b := range an.bindings {
		for _, id := range b.Decls {
			if fn := declared[id]; fn != nil {
				b.sources = append(b.sources, source{value: fn})
			}
		}
	}
}

// resolved is the binding jsast resolved id to; nil for a global or an
// undeclared name.
func (an *analysis) resolved(id *ast.Identifier) *binding {
	return an.bindingFor[an.scopes.Of(id)]
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
	return b == nil || b.IsParamOf(an.file.Wrapper)
}

// line is the line of idx in the user's file.
func (an *analysis) line(idx file.Idx) int {
	line, _ := an.file.Position(idx)
	return line
}
