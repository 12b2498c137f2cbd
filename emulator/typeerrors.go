package emulator

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jsast"
)

// goja words a read of a property of null or undefined one way for both
// (vm.go: "Cannot read property '%s' of undefined", and "... of undefined
// or null" for a method call); Node words it by what the base was, and
// V8 9.3 (Node 16.9) changed the wording: "Cannot read properties of null
// (reading 'x')" from then, "Cannot read property 'x' of null" before.
var gojaReadFailure = lazyre.New(`^Cannot read property '((?s:.*))' of undefined(?: or null)?$`)

// modernReadWordingSince is the Node major whose V8 words the failure
// the new way (Node 16.9.0; every node16 runtime Auth0 ran was later).
const modernReadWordingSince = 16

// stackFrameAt finds the first frame's file, line and column in a stack.
var stackFrameAt = lazyre.New(`\n\s+at (?:.*\()?([^()\s]+):(\d+):(\d+)`)

// rewordTypeError says a TypeError from reading a property of null or
// undefined as the run's Node would, in the message and in the stack's
// first line. The base is null where the code at the failing spot reads
// off a literal null; goja does not tell which it was, so any other
// base is said to be undefined, the common case.
func (inv *invocation) rewordTypeError(info *ErrorInfo) {
	if info == nil || info.Name != "TypeError" {
		return
	}
	m := gojaReadFailure().FindStringSubmatch(info.Message)
	if m == nil {
		return
	}
	base := "undefined"
	if inv.readsNullAt(info.Stack) {
		base = "null"
	}
	worded := readFailure(inv.Node(), m[1], base)
	info.Stack = strings.Replace(info.Stack, "TypeError: "+info.Message, "TypeError: "+worded, 1)
	info.Message = worded
}

// readFailure is Node's message for reading prop of base on r.
func readFailure(r runtimes.Runtime, prop, base string) string {
	if r.AtLeast(modernReadWordingSince) {
		return fmt.Sprintf("Cannot read properties of %s (reading '%s')", base, prop)
	}
	return fmt.Sprintf("Cannot read property '%s' of %s", prop, base)
}

// readsNullAt reports whether the hook's code at the stack's first frame
// reads a property of a literal null.
func (inv *invocation) readsNullAt(stack string) bool {
	m := stackFrameAt().FindStringSubmatch(stack)
	if m == nil || m[1] != inv.hook.Name {
		return false
	}
	line, _ := strconv.Atoi(m[2])
	column, _ := strconv.Atoi(m[3])
	if line == 1 {
		column -= len(jsast.WrapperHead) // goja counts the wrapper's columns
	}
	f, err := jsast.Parse(inv.hook.Name, []byte(inv.hook.Source))
	if err != nil {
		return false
	}
	found := false
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		var base ast.Expression
		var at file.Idx
		switch e := n.(type) {
		case *ast.DotExpression:
			base, at = e.Left, e.Identifier.Idx
		case *ast.BracketExpression:
			base, at = e.Left, e.LeftBracket
		default:
			return !found
		}
		if _, isNull := base.(*ast.NullLiteral); isNull && (samePlace(f, at, line, column) || samePlace(f, base.Idx0(), line, column)) {
			found = true
		}
		return !found
	})
	return found
}

// samePlace reports whether idx is at line and column of f.
func samePlace(f *jsast.File, idx file.Idx, line, column int) bool {
	l, c := f.Position(idx)
	return l == line && c == column
}
