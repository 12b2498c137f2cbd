package jsast

import (
	"reflect"

	"github.com/dop251/goja/ast"
)

// Walk calls visit for n and every node inside it, depth first in source
// order, with the node's ancestors (outermost first; the slice is only
// valid during the call). When visit returns false, the nodes inside that
// node are skipped.
func Walk(n ast.Node, visit func(n ast.Node, ancestors []ast.Node) bool) {
	var stack []ast.Node
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		if !visit(n, stack) {
			return
		}
		stack = append(stack, n)
		for _, child := range Children(n) {
			walk(child)
		}
		stack = stack[:len(stack)-1]
	}
	walk(n)
}

// Parents maps every node inside root to the node it is directly inside.
type Parents map[ast.Node]ast.Node

// ParentsOf walks root once and records each node's parent.
func ParentsOf(root ast.Node) Parents {
	parents := Parents{}
	Walk(root, func(n ast.Node, ancestors []ast.Node) bool {
		if len(ancestors) > 0 {
			parents[n] = ancestors[len(ancestors)-1]
		}
		return true
	})
	return parents
}

// Statement is the innermost statement holding n (n itself when it is
// one), or nil.
func (p Parents) Statement(n ast.Node) ast.Statement {
	for ; n != nil; n = p[n] {
		if s, ok := n.(ast.Statement); ok {
			return s
		}
	}
	return nil
}

// Function is the innermost function (literal or arrow) holding n, not
// counting n itself, or nil at the top level.
func (p Parents) Function(n ast.Node) ast.Node {
	for n = p[n]; n != nil; n = p[n] {
		switch n.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return n
		}
	}
	return nil
}

// Inside reports whether n is inside outer (or is outer).
func (p Parents) Inside(n, outer ast.Node) bool {
	for ; n != nil; n = p[n] {
		if n == outer {
			return true
		}
	}
	return false
}

// isNilNode tells a typed nil pointer (an absent catch, a missing
// initializer) from a node.
func isNilNode(n ast.Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
