package util

import (
	"strings"

	"github.com/dop251/goja"
)

// describeError is Node's formatError: the stack, with the name fixed up
// for subclasses, and own properties other than the ones the stack shows.
func (ins *inspector) describeError(r *raw) (string, bool) {
	r.keys = ins.keys(r.obj)
	name := "Error"
	if v := ins.data(r.obj, "name"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		name = ins.toString(v)
	}
	stack := ins.stackString(r.obj, name)
	r.keys = ins.removeDuplicateErrorKeys(r, stack)
	if ins.hasOwn(r.obj, "cause") && !hasKey(r.keys, "cause") {
		r.keys = append(r.keys, ins.rt.ToValue("cause"))
	}
	if errs, ok := ins.data(r.obj, "errors").(*goja.Object); ok && errs.ClassName() == "Array" && !hasKey(r.keys, "errors") {
		r.keys = append(r.keys, ins.rt.ToValue("errors"))
	}
	stack = improveStack(stack, r, name)
	stack = bracketIfNoFrames(stack, ins.messageOf(r.obj))
	if ins.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", ins.indentationLvl))
	}
	r.base = stack
	return stack, len(r.keys) == 0
}

// stackString is err.stack, or Error.prototype.toString's result when
// there is none. goja ends its stacks with a newline Node does not print.
func (ins *inspector) stackString(err *goja.Object, name string) string {
	if v := ins.data(err, "stack"); v != nil && v.ToBoolean() {
		return strings.TrimSuffix(ins.toString(v), "\n")
	}
	msg := ins.messageOf(err)
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

func (ins *inspector) messageOf(err *goja.Object) string {
	if v := ins.data(err, "message"); v != nil && !goja.IsUndefined(v) {
		return ins.toString(v)
	}
	return ""
}

// toString is String(v), or "" when that throws.
func (ins *inspector) toString(v goja.Value) string {
	var s string
	if !ins.try(func() { s = v.String() }) {
		return ""
	}
	return s
}

func (ins *inspector) removeDuplicateErrorKeys(r *raw, stack string) []goja.Value {
	if ins.opts.ShowHidden || len(r.keys) == 0 {
		return r.keys
	}
	kept := r.keys[:0:0]
	for _, k := range r.keys {
		switch name := k.String(); name {
		case "name", "message", "stack":
			if v := ins.data(r.obj, name); v != nil && strings.Contains(stack, ins.toString(v)) {
				continue
			}
		}
		kept = append(kept, k)
	}
	return kept
}

func (ins *inspector) hasOwn(obj *goja.Object, key string) bool {
	_, ok := ins.own(obj, ins.rt.ToValue(key))
	return ok
}

func hasKey(keys []goja.Value, name string) bool {
	for _, k := range keys {
		if _, isSym := k.(*goja.Symbol); !isSym && k.String() == name {
			return true
		}
	}
	return false
}

// improveStack is Node's: a subclass's name, or a name that differs from
// the constructor's, is added where the stack does not say it.
func improveStack(stack string, r *raw, name string) string {
	n := len(name)
	if r.hasCtor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !r.hasCtor {
		fallback = leadingErrorName(stack)
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := strings.TrimSuffix(r.prefix(fallback, ""), " ")
	switch {
	case name == prefix:
		return stack
	case strings.Contains(prefix, name) && n == 0:
		return prefix + ": " + stack
	case strings.Contains(prefix, name):
		return prefix + stack[n:]
	}
	return prefix + " [" + name + "]" + stack[n:]
}

// leadingErrorName finds a name like "TypeError" at the start of a stack.
func leadingErrorName(stack string) string {
	end := strings.IndexAny(stack, ":\n")
	if end < 0 {
		end = len(stack)
	}
	head := stack[:end]
	if head == "" || head[0] < 'A' || head[0] > 'Z' || strings.ContainsAny(head, "\t") {
		return ""
	}
	return head
}

// bracketIfNoFrames wraps a stack without frames in brackets, as Node
// does for errors whose stack is only their message.
func bracketIfNoFrames(stack, message string) string {
	pos := -1
	if message != "" {
		if i := strings.Index(stack, message); i >= 0 {
			pos = i + len(message)
		}
	}
	if pos < 0 {
		pos = 0
	}
	rest := stack[pos:]
	if strings.Contains(rest, "\n    at") || strings.Contains(rest, "\n\tat") {
		return stack
	}
	return "[" + stack + "]"
}
