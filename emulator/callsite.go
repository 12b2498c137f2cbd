package emulator

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/internal/jsast"
	"github.com/hookemu/hookemu/internal/lazyre"
)

// gojaCallFailure matches goja's words for calling what is not a
// function (vm.go): "Object has no member 'x'" when obj.x is missing, and
// "Value is not an object: v" for any other value. Node names the callee
// as the code wrote it: "client.messages.creat is not a function", the error a
// hook calling the wrong SDK method meets in Auth0's logs.
var gojaCallFailure = lazyre.New(`^(?:Object has no member '((?s:.*))'|Value is not an object: (?s:.*))$`)

// rewordCallFailure says a TypeError from calling what is not a function
// as Node does, in the message and the stack's first line, and moves the
// first frame to where Node places it. goja places the failure at the
// call's "("; where no call of the hook's own code is there, or the
// callee is not one Node's wording is known for, goja's words stay.
func (inv *invocation) rewordCallFailure(info *ErrorInfo) {
	if info == nil || info.Name != "TypeError" {
		return
	}
	m := gojaCallFailure().FindStringSubmatch(info.Message)
	if m == nil {
		return
	}
	site, ok := inv.failedCall(info.Stack, m[1])
	if !ok {
		return
	}
	info.Stack = moveFirstFrame(info.Stack, site.line, site.column)
	info.Stack = strings.Replace(info.Stack, "TypeError: "+info.Message, "TypeError: "+site.message, 1)
	info.Message = site.message
}

// callSite is a failed call as Node reports it.
type callSite struct {
	message      string
	line, column int
}

// failedCall finds the call at the stack's first frame, which must be
// in the hook's own code: a built-in that throws goja's words itself
// ("at get (native)" first, as Reflect.get(1) does) is no failed call.
// new is left alone: goja shows no frame of a native constructor, so
// what new Map([1]) throws itself lands on the new as well, and so does
// the hook's own new TypeError(e.message).
func (inv *invocation) failedCall(stack, member string) (callSite, bool) {
	at, f, ok := inv.hookFrame(firstFrame(stack))
	if !ok {
		return callSite{}, false
	}
	var found callSite
	ok = false
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		call, isCall := n.(*ast.CallExpression)
		if ok || !isCall || placeOf(f, call.LeftParenthesis) != at {
			return !ok
		}
		if member != "" && !namesMember(call.Callee, member) {
			return false // goja's words are about another read
		}
		name, printable := calleeText(call.Callee)
		if !printable {
			return false
		}
		found, ok = callSite{message: name + " is not a function"}, true
		found.line, found.column = f.Position(nodePlace(call))
		return false
	})
	return found, ok
}

// nodePlace is where Node places the failure: the callee's name (the
// identifier, or the property after a dot); for any other callee, the
// call's "(", where goja does.
func nodePlace(call *ast.CallExpression) file.Idx {
	switch c := call.Callee.(type) {
	case *ast.Identifier:
		return c.Idx
	case *ast.DotExpression:
		return c.Identifier.Idx
	}
	return call.LeftParenthesis
}

// namesMember reports whether goja's "Object has no member 'p'" can be
// about callee: its property is p, or computed by a name.
func namesMember(callee ast.Expression, member string) bool {
	switch c := callee.(type) {
	case *ast.DotExpression:
		return c.Identifier.Name.String() == member
	case *ast.BracketExpression:
		switch k := c.Member.(type) {
		case *ast.StringLiteral:
			return k.Value.String() == member
		case *ast.NumberLiteral:
			return k.Literal == member
		case *ast.Identifier:
			return true
		}
	}
	return false
}

// calleeText prints a callee as V8's CallPrinter does, for the shapes
// whose printing is known (checked against Node 20): names, this,
// literals, a.b, a['b'] (printed a.b), a[0], a[k] and f(...) in any
// nesting. ok is false for any other shape.
func calleeText(e ast.Expression) (text string, ok bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Name.String(), true
	case *ast.ThisExpression:
		return "this", true
	case *ast.NullLiteral:
		return "null", true
	case *ast.NumberLiteral:
		return e.Literal, plainNumber().MatchString(e.Literal)
	case *ast.StringLiteral:
		return `"` + e.Value.String() + `"`, true
	case *ast.DotExpression:
		left, ok := calleeText(e.Left)
		return left + "." + e.Identifier.Name.String(), ok
	case *ast.BracketExpression:
		return bracketText(e)
	case *ast.CallExpression:
		left, ok := calleeText(e.Callee)
		return left + "(...)", ok
	}
	return "", false
}

func bracketText(e *ast.BracketExpression) (string, bool) {
	left, ok := calleeText(e.Left)
	if !ok {
		return "", false
	}
	switch k := e.Member.(type) {
	case *ast.StringLiteral:
		return left + "." + k.Value.String(), true
	case *ast.NumberLiteral:
		return left + "[" + k.Literal + "]", plainNumber().MatchString(k.Literal)
	case *ast.Identifier:
		return left + "[" + k.Name.String() + "]", true
	}
	return "", false
}

// firstFrame is the stack's first "at" line, with the newline before it.
func firstFrame(stack string) string {
	at := firstFrameAt().FindStringIndex(stack)
	if at == nil {
		return ""
	}
	line := stack[at[0]:]
	if end := strings.IndexByte(line[1:], '\n'); end >= 0 {
		line = line[:end+1]
	}
	return line
}

var firstFrameAt = lazyre.New(`\n\s+at `)

// plainNumber reports whether a number literal is written as V8 prints
// its value: 16 and 1.5 are, 0x10, 1.50, 1e3 and 1n are not.
var plainNumber = lazyre.New(`^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{0,14}[1-9])?$`)
