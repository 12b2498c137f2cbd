package emulator

import (
	"bytes"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/internal/jslower"
)

// stackTraceLimit is V8's default depth of a captured stack.
const stackTraceLimit = 10

// installNodeExtras gives the runtime, once, what code written for Node
// expects and goja lacks: Symbol.asyncIterator (which lowered code and
// Node's streams key async iteration by) and V8's
// Error.captureStackTrace (which packages call unguarded in their error
// classes, as got's RequestError does). Touching Symbol and Error makes
// goja build them, a cost the usual run does not pay: the extras are
// installed before a hook, a package file or a shared module whose
// source names them or was lowered (jslower.NeedsExtras) runs.
func (inv *invocation) installNodeExtras() {
	if inv.nodeExtras {
		return
	}
	inv.nodeExtras = true
	jslower.InstallRuntime(inv.rt)
	errorCtor := inv.rt.Get("Error").ToObject(inv.rt)
	_ = errorCtor.Set("captureStackTrace", jsName(inv.rt, inv.rt.ToValue(inv.captureStackTrace), "captureStackTrace"))
}

// captureStackTrace(obj, fn) sets obj.stack as V8 does: obj's "name:
// message", then the calling frames, those up to and including the
// latest call of fn left out.
// The frames are written as goja writes an Error's.
func (inv *invocation) captureStackTrace(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(inv.rt.NewTypeError(`The "object" argument must be of type object. Received ` + describeJS(call.Argument(0))))
	}
	frames := inv.rt.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].FuncName() == "captureStackTrace" {
		frames = frames[1:] // itself
	}
	if fn, ok := call.Argument(1).(*goja.Object); ok {
		frames = framesAfter(frames, fn.Get("name").String())
	}
	if len(frames) > stackTraceLimit {
		frames = frames[:stackTraceLimit]
	}
	var b bytes.Buffer
	b.WriteString(stackHeader(obj))
	for i := range frames {
		b.WriteString("\n\tat ")
		frames[i].Write(&b)
	}
	_ = obj.DefineDataProperty("stack", inv.rt.ToValue(b.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return goja.Undefined()
}

// framesAfter drops the frames up to and including the latest call of
// the function called name. goja names no class constructor's frame
// (they read "<anonymous>"), so when no frame has the name, the
// unnamed frames on top are dropped: captureStackTrace(this,
// this.constructor) in a constructor, the usual call, then starts at
// the code that said new, as in V8.
func framesAfter(frames []goja.StackFrame, name string) []goja.StackFrame {
	for i := range frames {
		if frames[i].FuncName() == name {
			return frames[i+1:]
		}
	}
	for len(frames) > 0 && frames[0].FuncName() == "<anonymous>" {
		frames = frames[1:]
	}
	return frames
}

// stackHeader is V8's first line of a stack: "name: message", the name
// "Error" when obj has none, either alone when the other is empty.
func stackHeader(obj *goja.Object) string {
	name, message := "Error", ""
	if v := obj.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	if v := obj.Get("message"); v != nil && !goja.IsUndefined(v) {
		message = v.String()
	}
	switch {
	case message == "":
		return name
	case name == "":
		return message
	}
	return name + ": " + message
}
