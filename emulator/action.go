package emulator

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/internal/lazyre"
)

// The exports an Action file implements a phone trigger with: what makes
// a file an Action, here and in check's reading of the code.
const (
	HandlerSendPhoneMessage    = "onExecuteSendPhoneMessage"
	HandlerCustomPhoneProvider = "onExecuteCustomPhoneProvider"
)

// ActionHandlers are the exports that make a file an Action, in the order
// the emulator looks for them.
func ActionHandlers() []string {
	return []string{HandlerSendPhoneMessage, HandlerCustomPhoneProvider}
}

// HandlerOf is the export an Action implements trigger with (a
// Trigger* id), or "" for a trigger hookemu does not run.
func HandlerOf(trigger string) string {
	switch trigger {
	case TriggerSendPhoneMessage:
		return HandlerSendPhoneMessage
	case TriggerCustomPhoneProvider:
		return HandlerCustomPhoneProvider
	}
	return ""
}

// actionHandler finds the Action's handler and checks it is async, as
// Auth0's loader does before it accepts the code.
func (inv *invocation) actionHandler(exports goja.Value) (name string, fn goja.Callable, err error) {
	obj, _ := exports.(*goja.Object)
	for _, name := range ActionHandlers() {
		if obj == nil {
			break
		}
		v := obj.Get(name)
		fn, ok := goja.AssertFunction(v)
		if !ok {
			continue
		}
		if !inv.isAsync(v.(*goja.Object)) {
			return name, nil, fmt.Errorf("exports.%s must be an async function: declare it as exports.%s = async (event, api) => { ... }", name, name)
		}
		return name, fn, nil
	}
	return "", nil, fmt.Errorf("the Action exports no handler: add exports.%s = async (event, api) => { ... }", HandlerSendPhoneMessage)
}

// isAsync tells an async function or method from any other: the hook's
// own code may have replaced what it reads (Function, toString, a
// constructor getter), and whatever that throws answers no.
func (inv *invocation) isAsync(fn *goja.Object) (async bool) {
	if exc := inv.rt.Try(func() { async = isAsyncFunction(fn) || inv.isAsyncMethod(fn) }); exc != nil {
		return false
	}
	return async
}

func isAsyncFunction(fn *goja.Object) bool {
	ctor, ok := fn.Get("constructor").(*goja.Object)
	return ok && ctor.Get("name") != nil && ctor.Get("name").String() == "AsyncFunction"
}

// asyncMethodSource is how an async method's source text begins (async
// name(, async [key](), but not an async generator's async *name().
var asyncMethodSource = lazyre.New(`^async\s+[^\s*(]`)

// isAsyncMethod reports whether fn is an async method, as in
// module.exports = { async onExecuteSendPhoneMessage(event, api) {} },
// which Node and Auth0 take as an async function: goja gives async
// methods Function's prototype, not AsyncFunction's, so only their
// source text (Function.prototype.toString) tells.
func (inv *invocation) isAsyncMethod(fn *goja.Object) bool {
	fnCtor, ok := inv.rt.Get("Function").(*goja.Object)
	if !ok {
		return false
	}
	proto, ok := fnCtor.Get("prototype").(*goja.Object)
	if !ok {
		return false
	}
	toString, ok := goja.AssertFunction(proto.Get("toString"))
	if !ok {
		return false
	}
	src, err := toString(fn)
	return err == nil && asyncMethodSource().MatchString(src.String())
}

// callAction runs the handler: the promise resolving is success, its
// rejection a failure, exactly as a hook's cb(null, ...) and cb(err).
func (inv *invocation) callAction(exports goja.Value) {
	name, handler, err := inv.actionHandler(exports)
	if err != nil {
		inv.fail(OutcomeException, &ErrorInfo{Name: "TypeError", Message: err.Error()})
		return
	}
	inv.loop.Enqueue(inv.guard(func() error {
		result, err := handler(goja.Undefined(), inv.buildEvent(name), inv.buildAPI(name))
		if err != nil {
			return err
		}
		inv.settleWith(result)
		return nil
	}))
	inv.drive()
}

// settleWith ends the invocation when the handler's promise settles.
func (inv *invocation) settleWith(result goja.Value) {
	promise, ok := result.Export().(*goja.Promise)
	if !ok {
		inv.actionDone(result, nil)
		return
	}
	then, _ := goja.AssertFunction(result.ToObject(inv.rt).Get("then"))
	onFulfilled := inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		inv.actionDone(call.Argument(0), nil)
		return goja.Undefined()
	})
	onRejected := inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		reason := call.Argument(0)
		inv.actionDone(nil, reason)
		return goja.Undefined()
	})
	_ = promise
	_, _ = then(result, onFulfilled, onRejected)
}

func (inv *invocation) actionDone(value, reason goja.Value) {
	if inv.called {
		return
	}
	inv.called = true
	inv.calledBack.Store(true)
	inv.result.CallbackAfter = inv.elapsed()
	if reason != nil {
		info, primitive := inv.describeValue(reason)
		if primitive {
			inv.problem(SeverityWarning, "the Action threw "+describeJS(reason)+", not an Error object: Auth0's log shows no stack for it")
		}
		inv.fail(OutcomeError, info)
	} else {
		inv.result.Outcome = OutcomeSuccess
		inv.result.Response = inv.exportJSON(value)
		inv.notificationFailure()
	}
	inv.loop.Stop()
}
