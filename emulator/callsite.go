package emulator

import (
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/hookemu/hookemu/internal/jsast"
	"github.com/hookemu/hookemu/internal/lazyre"
)

// gojaCallFailure matches goja's words for calling what is not a
// function (vm.go): "Object has no member 'x'" when obj.x is missing, and
// "Value is not an object: v" for any other value; goja says the latter
// for new on what is not a constructor too. Node names the callee as the
// code wrote it: "client.messages.creat is not a function", the error a
// hook calling the wrong SDK method meets in Auth0's logs.
var gojaCallFailure = lazyre.New(`^(?:Object has no member '(?s:.*)'|Value is not an object: (?s:.*))$`)

// rewordCallFailure says a TypeError from calling what is not a function
// (or constructing what is not a constructor) as Node does, in the
// message and the stack's first line, and moves the first frame to where
// Node places it. goja places the failure at the call's "(" or at "new";
// where no call of the hook's own code is there, or the callee is not one
// Node's wording is known for, goja's words stay.
func (inv *invocation) rewordCallFailure(info *ErrorInfo) {
	if info == nil || info.Name != "TypeError" || !gojaCallFailure().MatchString(info.Message) {
		return
	}
	site, ok := inv.failedCall(info.Stack)
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

// failedCall finds the call or new at the stack's first frame, which
// must be in the hook's own code: a built-in that throws goja's words
// itself ("at get (native)" first, as Reflect.get(1) does) is no failed
// call.
func (inv *invocation) failedCall(stack string) (callSite, bool) {
	m := stackFrameAt().FindStringSubmatch(firstFrame(stack))
	if m == nil || m[1] != inv.hook.Name {
		return callSite{}, false
	}
	f, err := jsast.Parse(inv.hook.Name, []byte(inv.hook.Source))
	if err != nil {
		return callSite{}, false
	}
	at := m[2] + ":" + m[3]
	var found callSite
	var ok bool
	jsast.Walk(f.Tree, func(n ast.Node, _ []ast.Node) bool {
		if ok {
			return false
		}
		callee, anchor, what := calleeOf(n)
		if callee == nil || positionText(f, anchor) != at {
			return true
		}
		name, printable := calleeText(callee)
		if !printable {
			return false
		}
		found, ok = callSite{message: name + what}, true
		found.line, found.column = f.Position(nodePlace(callee, anchor, what))
		return false
	})
	return found, ok
}

// calleeOf takes a call or a new apart: what it calls, where goja places
// its failure, and the end of Node's message.
func calleeOf(n ast.Node) (callee ast.Expression, anchor file.Idx, what string) {
	switch e := n.(type) {
	case *ast.CallExpression:
		return e.Callee, e.LeftParenthesis, " is not a function"
	case *ast.NewExpression:
		return e.Callee, e.New, " is not a constructor"
	}
	return nil, 0, ""
}

// nodePlace is where Node places the failure: a callee's name (the
// identifier, or the property after a dot); for new, and for any other
// callee, where goja does.
func nodePlace(callee ast.Expression, anchor file.Idx, what string) file.Idx {
	if what == " is not a constructor" {
		return anchor
	}
	switch c := callee.(type) {
	case *ast.Identifier:
		return c.Idx
	case *ast.DotExpression:
		return c.Identifier.Idx
	}
	return anchor
}

func positionText(f *jsast.File, idx file.Idx) string {
	l, c := f.Position(idx)
	return strconv.Itoa(l) + ":" + strconv.Itoa(c)
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
		return e.Literal, true
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
		return left + "[" + k.Literal + "]", true
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
