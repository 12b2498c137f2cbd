package jsast_test

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/jsast"
)

func parse(t *testing.T, code string) *jsast.File {
	t.Helper()
	f, err := jsast.Parse("x.js", []byte(code))
	require.NoError(t, err)
	return f
}

// syntaxError is why code does not load; the test fails if it does.
func syntaxError(t *testing.T, code string) *jsast.SyntaxError {
	t.Helper()
	_, err := jsast.Parse("x.js", []byte(code))
	var syntax *jsast.SyntaxError
	require.ErrorAs(t, err, &syntax)
	return syntax
}

// first is the first node of type T in the user's code (the wrapper's
// own parameters left out), in source order; the test fails without one.
func first[T ast.Node](t *testing.T, f *jsast.File) T {
	t.Helper()
	var found T
	ok := false
	jsast.Walk(f.Wrapper.Body, func(n ast.Node, _ []ast.Node) bool {
		if m, is := n.(T); is && !ok {
			found, ok = m, true
		}
		return !ok
	})
	require.True(t, ok, "no %T in the code", found)
	return found
}

// refsTo finds every identifier called name and says which binding each
// resolves to, by the line of the binding's declaration (0: undeclared).
func refsTo(t *testing.T, code, name string) []int {
	t.Helper()
	f := parse(t, code)
	sc := jsast.Resolve(f.Tree)
	var lines []int
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		id, ok := n.(*ast.Identifier)
		if !ok || id.Name.String() != name {
			return true
		}
		line := 0
		if b := sc.Of(id); b != nil {
			line = f.Line(f.Offset(b.Decl.Idx0()))
		}
		lines = append(lines, line)
		return true
	})
	return lines
}

// declLines are the lines of each of b's declarations.
func declLines(f *jsast.File, b *jsast.Binding) []int {
	var out []int
	for _, id := range b.Decls {
		out = append(out, f.Line(f.Offset(id.Idx)))
	}
	return out
}
