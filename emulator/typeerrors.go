package emulator

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jsast"
)

// goja words a read of a property of null or undefined one way for both
// (vm.go: "Cannot read property '%s' of undefined", and "... of undefined
// or null" for a method call); Node words it by what the base was, and
// V8 9.3 (Node 16.9) changed the wording: "Cannot read properties of null
// (reading 'x')" from then, "Cannot read property 'x' of null" before.
var gojaReadFailure = lazyre.New(`^Cannot read property '((?s:.*))' of undefined( or null)?$`)

// modernReadWordingSince is the Node major whose V8 words the failure
// the new way (Node 16.9.0; every node16 runtime Auth0 ran was later).
const modernReadWordingSince = 16

// stackFrameAt finds a frame's file, line and column in a stack.
var stackFrameAt = lazyre.New(`\n\s+at (?:.*\()?([^()\s]+):(\d+):(\d+)`)

// hookStack is a stack of goja's as the user reads it: trimmed
// (trimStack) and with columns on the hook's first line counted in the
// user's file.
func (inv *invocation) hookStack(raw string) string {
	return inv.unwrapFirstLine(trimStack(raw))
}

// unwrapFirstLine takes the wrapper's width off the columns of the
// stack's frames on the hook's line 1: goja counts the wrapper there,
// Node does not.
func (inv *invocation) unwrapFirstLine(stack string) string {
	var b strings.Builder
	last := 0
	for _, m := range stackFrameAt().FindAllStringSubmatchIndex(stack, -1) {
		if stack[m[2]:m[3]] != inv.hook.Name || stack[m[4]:m[5]] != "1" {
			continue
		}
		column, _ := strconv.Atoi(stack[m[6]:m[7]])
		_, column = jsast.Unwrap(1, column)
		b.WriteString(stack[last:m[6]])
		b.WriteString(strconv.Itoa(column))
		last = m[7]
	}
	b.WriteString(stack[last:])
	return b.String()
}

// rewordTypeError says a TypeError from reading a property of null or
// undefined as the run's Node would, in the message and in the stack's
// first line, and moves the first frame to where Node places it. The
// base is null where the code shows it was (nullBases); goja does not
// tell, so any other base is said to be undefined, the common case.
func (inv *invocation) rewordTypeError(info *ErrorInfo) {
	if info == nil || info.Name != "TypeError" {
		return
	}
	m := gojaReadFailure().FindStringSubmatch(info.Message)
	if m == nil {
		return
	}
	base := "undefined"
	if site, ok := inv.failedRead(info.Stack, m[1], m[2] != ""); ok {
		info.Stack = moveFirstFrame(info.Stack, site.line, site.column)
		if site.null {
			base = "null"
		}
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

// moveFirstFrame puts line and column in the stack's first frame.
func moveFirstFrame(stack string, line, column int) string {
	m := stackFrameAt().FindStringSubmatchIndex(stack)
	if m == nil {
		return stack
	}
	return stack[:m[4]] + strconv.Itoa(line) + ":" + strconv.Itoa(column) + stack[m[7]:]
}
