package check

import (
	"fmt"

	"github.com/dop251/goja/ast"
	"github.com/hookemu/hookemu/emulator"
)

const hookShape = "module.exports = function (recipient, text, context, cb) { ... }"

// exportsCheck says whether the code exports a handler of the shape
// Auth0 calls: for a hook, a function of (recipient, text, context, cb)
// that uses cb, since Auth0 waits for cb and nothing else.
func exportsCheck(an *analysis, h handler) Check {
	c := Check{Name: "exports", Line: h.line}
	switch {
	case h.kind == "" && h.bareExports > 0:
		c.Status, c.Line = Fail, h.bareExports
		c.Message = "assigns exports = ..., which exports nothing in Node: module.exports stays {}"
		c.Fix = "write " + hookShape
	case h.kind == "":
		c.Status = Fail
		c.Message = "never assigns module.exports, so Auth0 has no function to call"
		c.Fix = "export the handler: " + hookShape
	case h.fn == nil:
		c.Status = Pass
		c.Message = fmt.Sprintf("module.exports is assigned (its value is checked when the %s loads)", h.kind)
	case h.kind == emulator.KindAction:
		return actionExportsCheck(c, h)
	default:
		return hookExportsCheck(an, c, h)
	}
	return c
}

func hookExportsCheck(an *analysis, c Check, h handler) Check {
	n := len(h.params.List)
	sig := "function " + signature(h.params)
	cb := cbBinding(an, h)
	switch {
	case n < 4 && h.params.Rest == nil && !usesArguments(an):
		c.Status = Warn
		c.Message = fmt.Sprintf("module.exports is %s: with %d parameters it never gets cb, the 4th, so it can never call back", sig, n)
		c.Fix = "declare all four, function (recipient, text, context, cb), and call cb(null, {}) once the message is sent"
	case cb != nil && cb.used == 0 && !usesArguments(an):
		c.Status = Warn
		c.Message = fmt.Sprintf("module.exports is %s but never uses %s, its 4th parameter: Auth0 waits for it until the time limit", sig, cb.Name)
		c.Fix = fmt.Sprintf("call %s(null, {}) once the message is sent and %s(err) when sending fails", cb.Name, cb.Name)
	default:
		c.Status = Pass
		c.Message = "module.exports is " + sig
	}
	return c
}

// cbBinding is the binding of the handler's 4th parameter, when it is a
// plain name.
func cbBinding(an *analysis, h handler) *binding {
	if len(h.params.List) < 4 {
		return nil
	}
	id, ok := h.params.List[3].Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	for _, b := range an.bindings {
		if b.Decl == id {
			return b
		}
	}
	return nil
}

// usesArguments: a handler reading arguments[3] gets cb without naming it.
func usesArguments(an *analysis) bool {
	for _, ref := range an.refs {
		if ref.binding == nil && ref.id.Name.String() == "arguments" {
			return true
		}
	}
	return false
}

// actionExportsCheck: Auth0 rejects a handler that is not async.
func actionExportsCheck(c Check, h handler) Check {
	if !h.async {
		c.Status = Fail
		c.Message = "the exported handler is not an async function; Auth0 rejects it"
		c.Fix = "declare it async: exports.onExecuteSendPhoneMessage = async (event, api) => { ... }"
		return c
	}
	c.Status = Pass
	c.Message = "exports async " + signature(h.params)
	return c
}
