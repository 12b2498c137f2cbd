package emulator

import (
	"strconv"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/internal/jsast"
)

// readSite is where a property read of null or undefined failed, as
// Node places it: the property's name after a dot, the "[" of a
// bracket, and whether the base there was null, as far as the code tells
// (nullBases).
type readSite struct {
	line, column int
	null         bool
}

// place is a line and column in the hook's file.
type place struct{ line, column int }

func (p place) before(q place) bool {
	return p.line < q.line || p.line == q.line && p.column < q.column
}

// failedRead finds the read of prop that failed at the stack's first
// frame in the hook's own code. A plain read is where Node puts it
// already. For a method call (call), goja places the failure at the last
// spot it noted while computing the base (the base's property name, "["
// or "(", the identifier), or, for a literal base, at whatever came
// before; so the call is the one whose base ends at the frame, else the
// first call off a literal base after the frame.
func (inv *invocation) failedRead(stack, prop string, call bool) (readSite, bool) {
	at, f, ok := inv.hookFrame(stack)
	if !ok {
		return readSite{}, false
	}
	var exact, after *readSite
	var afterAt place
	var bases *nullBases // built for the first candidate: a run that fails pays for it once
	jsast.Walk(f.Tree, func(n ast.Node, ancestors []ast.Node) bool {
		if exact != nil {
			return false
		}
		left, name, node, ok := memberRead(n)
		if !ok || name != "" && name != prop || call != isCallee(n, ancestors) {
			return true
		}
		l, c := f.Position(node)
		site := &readSite{line: l, column: c}
		if bases == nil {
			bases = newNullBases(f.Tree)
		}
		site.null = bases.null(left)
		if !call {
			if (place{l, c}) == at {
				exact = site
			}
			return true
		}
		anchor, known := gojaAnchor(left)
		switch {
		case known && placeOf(f, anchor) == at:
			exact = site
		case !known && !(place{l, c}).before(at) && (after == nil || (place{l, c}).before(afterAt)):
			after, afterAt = site, place{l, c}
		}
		return true
	})
	if exact != nil {
		return *exact, true
	}
	if after != nil {
		return *after, true
	}
	return readSite{}, false
}

// hookFrame is the place of the first frame in stack with a line and
// column, when it is in the hook's own file, and the file parsed.
func (inv *invocation) hookFrame(stack string) (place, *jsast.File, bool) {
	m := stackFrameAt().FindStringSubmatch(stack)
	if m == nil || m[1] != inv.hook.Name {
		return place{}, nil, false
	}
	line, _ := strconv.Atoi(m[2])
	column, _ := strconv.Atoi(m[3])
	f, err := jsast.Parse(inv.hook.Name, []byte(inv.hook.Source))
	if err != nil {
		return place{}, nil, false
	}
	return place{line, column}, f, true
}

// memberRead takes a property read apart: its base, the property's name
// when the code spells it ("" for a computed one), and where Node places
// a failure of it.
func memberRead(n ast.Node) (left ast.Expression, name string, at file.Idx, ok bool) {
	switch e := n.(type) {
	case *ast.DotExpression:
		return e.Left, e.Identifier.Name.String(), e.Identifier.Idx, true
	case *ast.BracketExpression:
		switch k := e.Member.(type) {
		case *ast.StringLiteral:
			name = k.Value.String()
		case *ast.NumberLiteral:
			name = k.Literal
		}
		return e.Left, name, e.LeftBracket, true
	}
	return nil, "", 0, false
}

// isCallee reports whether n is the function a call calls.
func isCallee(n ast.Node, ancestors []ast.Node) bool {
	if len(ancestors) == 0 {
		return false
	}
	c, ok := ancestors[len(ancestors)-1].(*ast.CallExpression)
	return ok && c.Callee == n
}

// gojaAnchor is the last spot goja notes while it computes e, when it
// notes one (it does not for literals).
func gojaAnchor(e ast.Expression) (file.Idx, bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Idx, true
	case *ast.DotExpression:
		return e.Identifier.Idx, true
	case *ast.BracketExpression:
		return e.LeftBracket, true
	case *ast.CallExpression:
		return e.LeftParenthesis, true
	}
	return 0, false
}

func placeOf(f *jsast.File, idx file.Idx) place {
	l, c := f.Position(idx)
	return place{l, c}
}
