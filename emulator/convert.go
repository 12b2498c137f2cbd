package emulator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/internal/jsast"
)

// MaxResponseBytes bounds the JSON kept of what the hook passed to cb.
const MaxResponseBytes = 1 << 20

// describeFailure turns what a run failed with (a JS exception, a stack
// overflow, an internal error) into ErrorInfo. primitive is set when the
// thrown value was not an object.
func (inv *invocation) describeFailure(err error) (*ErrorInfo, bool) {
	var exc *goja.Exception
	var overflow *goja.StackOverflowError
	switch {
	case errors.As(err, &exc):
		info, primitive := inv.describeValue(exc.Value())
		if info.Stack == "" || primitive {
			info.Stack = inv.hookStack(exc.String())
		}
		if primitive {
			inv.problem(SeverityWarning, "the hook threw "+describeJS(exc.Value())+", not an Error object: there is no stack to tell where")
		}
		return info, primitive
	case errors.As(err, &overflow):
		return &ErrorInfo{Name: "RangeError", Message: "Maximum call stack size exceeded (endless recursion?)", Stack: inv.hookStack(overflow.String())}, false
	default:
		return &ErrorInfo{Name: "Error", Message: err.Error()}, false
	}
}

// describeValue reads an error-like JS value without letting a hostile
// getter or proxy escape: any property that throws reads as absent.
func (inv *invocation) describeValue(v goja.Value) (info *ErrorInfo, primitive bool) {
	obj, ok := v.(*goja.Object)
	if !ok || v == nil {
		return &ErrorInfo{Message: safeString(v)}, true
	}
	info = &ErrorInfo{
		Name:    inv.stringProp(obj, "name"),
		Message: inv.stringProp(obj, "message"),
		Stack:   inv.hookStack(inv.stringProp(obj, "stack")),
		Code:    inv.scalarProp(obj, "code"),
		Status:  inv.scalarProp(obj, "status"),
	}
	if info.Status == nil {
		info.Status = inv.scalarProp(obj, "statusCode")
	}
	if info.Status == nil {
		if resp, ok := inv.prop(obj, "response").(*goja.Object); ok {
			info.Status = inv.scalarProp(resp, "status")
		}
	}
	if info.Message == "" && info.Name == "" {
		info.Message = safeString(v)
	}
	inv.rewordTypeError(info)
	inv.rewordCallFailure(info)
	return info, false
}

func (inv *invocation) prop(obj *goja.Object, name string) (v goja.Value) {
	defer func() {
		if recover() != nil {
			v = nil
		}
	}()
	return obj.Get(name)
}

func (inv *invocation) stringProp(obj *goja.Object, name string) string {
	v := inv.prop(obj, name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	if _, isObj := v.(*goja.Object); isObj {
		return ""
	}
	return v.String()
}

// scalarProp keeps strings and numbers as they are (Twilio codes are
// numbers, axios codes strings); anything else reads as absent.
func (inv *invocation) scalarProp(obj *goja.Object, name string) any {
	v := inv.prop(obj, name)
	if v == nil {
		return nil
	}
	switch x := v.Export().(type) {
	case string:
		return x
	case int64:
		return x
	case float64:
		return x
	case bool:
		return x
	}
	return nil
}

// safeString is String(v) that cannot throw.
func safeString(v goja.Value) (s string) {
	defer func() {
		if recover() != nil {
			s = "[object]"
		}
	}()
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// describeJS names a value's type for messages: "null", "the string
// \"x\"", "an object".
func describeJS(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	switch x := v.Export().(type) {
	case string:
		return strconv.Quote(x)
	case int64, float64:
		return "the number " + v.String()
	case bool:
		return "the boolean " + v.String()
	}
	if _, ok := goja.AssertFunction(v); ok {
		return "a function"
	}
	return "an object"
}

// Bounds on the response passed to cb: JSON.stringify of an object
// nested 100,000 deep takes goja a minute, and Go's JSON refuses it. Parts
// beyond them are replaced by a marker, not a failure.
const (
	MaxResponseDepth   = 100
	MaxResponseObjects = 100000
	markerDeep         = "[Deep]"
	markerTooLarge     = "[Too large]"
)

// boundedJSONProgram is JSON.stringify with a replacer that cuts the value
// at MaxResponseDepth and MaxResponseObjects; when safe is set it also
// replaces repeated objects (cycles included), functions and BigInts
// instead of throwing on them.
var boundedJSONProgram = sync.OnceValue(func() *goja.Program {
	// holders is the path from the root to the value being written: the
	// replacer's this is always on it (a Map of depths would cost each run
	// the Map built-ins).
	return goja.MustCompile("hookemu-json.js", `(function (value, safe, maxDepth, maxObjects, deep, tooLarge) {
	var holders = [], objects = 0, seen = null;
	return JSON.stringify(value, function (key, v) {
		if (safe && typeof v === 'function') return '[Function' + (v.name ? ': ' + v.name : '') + ']';
		if (safe && typeof v === 'bigint') return v.toString();
		if (typeof v !== 'object' || v === null) return v;
		while (holders.length > 0 && holders[holders.length - 1] !== this) holders.pop();
		if (holders.length >= maxDepth) return deep;
		if (++objects > maxObjects) return tooLarge;
		if (safe) {
			seen = seen || new Set();
			if (seen.has(v)) return '[Circular]';
			seen.add(v);
		}
		holders.push(v);
		return v;
	});
})`, true)
})

// exportJSON converts what the hook passed to cb into JSON, the way Auth0
// serialised it (JSON.stringify: functions and undefined dropped). Values
// JSON.stringify rejects (cycles, BigInts) are retried with a replacer
// that marks them instead of failing.
func (inv *invocation) exportJSON(v goja.Value) json.RawMessage {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	if b, ok := inv.simpleJSON(v); ok {
		return b
	}
	out, err := inv.boundedStringify(v, false)
	if err != nil && !isInterrupt(err) {
		out, err = inv.boundedStringify(v, true)
	}
	if err != nil || out == nil || goja.IsUndefined(out) {
		inv.problem(SeverityWarning, "the response passed to cb cannot be turned into JSON: "+errText(err))
		return nil
	}
	s := out.String()
	if strings.Contains(s, `"`+markerDeep+`"`) || strings.Contains(s, `"`+markerTooLarge+`"`) {
		inv.problem(SeverityWarning, fmt.Sprintf("the response passed to cb is nested deeper than %d levels or holds more than %d objects; the rest is shown as %s or %s", MaxResponseDepth, MaxResponseObjects, markerDeep, markerTooLarge))
	}
	if len(s) > MaxResponseBytes {
		inv.problem(SeverityWarning, fmt.Sprintf("the response passed to cb is %d bytes of JSON; only the first %d are kept", len(s), MaxResponseBytes))
		b, _ := json.Marshal(s[:MaxResponseBytes])
		return b
	}
	return json.RawMessage(s)
}

// simpleJSON is the JSON of the values hooks pass to cb most (the
// documented cb(null, {}), null, a boolean, an integer) written in Go;
// ok is false for anything else, which goes through JSON.stringify in
// the runtime. An object qualifies only when it is an ordinary object or
// array of the runtime's own prototype with no own enumerable key and no
// toJSON anywhere on its chain, so JSON.stringify would write {} or []
// having read nothing but toJSON. Strings and fractions are left to JS:
// its escapes and number formatting differ from Go's.
func (inv *invocation) simpleJSON(v goja.Value) (json.RawMessage, bool) {
	obj, isObject := v.(*goja.Object)
	switch {
	case isObject:
		return inv.emptyJSON(obj)
	case goja.IsNull(v):
		return json.RawMessage("null"), true
	case v.ExportType() == reflectBool:
		return json.RawMessage(strconv.FormatBool(v.ToBoolean())), true
	case goja.IsNumber(v):
		f := v.ToFloat()
		if f != math.Trunc(f) || math.Abs(f) >= 1e21 {
			return nil, false
		}
		return json.RawMessage(strconv.FormatInt(int64(f), 10)), true
	}
	return nil, false
}

// emptyJSON is simpleJSON for an object. A Proxy is told apart first,
// without calling any of its traps.
func (inv *invocation) emptyJSON(obj *goja.Object) (json.RawMessage, bool) {
	if obj.ExportType() == reflectProxy {
		return nil, false
	}
	var empty string
	switch obj.ClassName() {
	case "Object":
		if proto := obj.Prototype(); proto == nil || proto != inv.rt.NewObject().Prototype() {
			return nil, false
		}
		empty = "{}"
	case "Array":
		if proto := obj.Prototype(); proto == nil || proto != inv.rt.NewArray().Prototype() || obj.Get("length").ToInteger() != 0 {
			return nil, false
		}
		empty = "[]"
	default:
		return nil, false
	}
	if len(obj.Keys()) > 0 {
		return nil, false
	}
	if toJSON := obj.Get("toJSON"); toJSON != nil && !goja.IsUndefined(toJSON) {
		return nil, false
	}
	return json.RawMessage(empty), true
}

var (
	reflectBool  = reflect.TypeOf(true)
	reflectProxy = reflect.TypeOf(goja.Proxy{})
)

func (inv *invocation) boundedStringify(v goja.Value, safe bool) (goja.Value, error) {
	fnValue, err := inv.rt.RunProgram(boundedJSONProgram())
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnValue)
	rt := inv.rt
	return fn(goja.Undefined(), v, rt.ToValue(safe), rt.ToValue(MaxResponseDepth), rt.ToValue(MaxResponseObjects), rt.ToValue(markerDeep), rt.ToValue(markerTooLarge))
}

func errText(err error) string {
	if err == nil {
		return "it is undefined"
	}
	return err.Error()
}

// StackFrames is how many frames of a stack are kept, as Node's
// Error.stackTraceLimit keeps 10: enough to find the line, short enough
// that endless recursion does not bury the message.
const StackFrames = 10

// trimStack keeps the first StackFrames frames of a stack.
func trimStack(stack string) string {
	stack = programCounterRe().ReplaceAllString(stack, "$1")
	lines := strings.Split(stack, "\n")
	kept := lines[:0]
	for _, line := range lines {
		// Frames of hookemu's own Go functions say nothing about the hook.
		if !(strings.Contains(line, "(native)") && strings.Contains(line, "github.com/hookemu/")) {
			kept = append(kept, line)
		}
	}
	lines = kept
	frames := 0
	for i, line := range lines {
		if !strings.HasPrefix(strings.TrimSpace(line), "at ") {
			continue
		}
		frames++
		if frames > StackFrames {
			rest := 0
			for _, l := range lines[i:] {
				if strings.HasPrefix(strings.TrimSpace(l), "at ") {
					rest++
				}
			}
			return strings.Join(lines[:i], "\n") + fmt.Sprintf("\n    ... %d more frames", rest)
		}
	}
	return stack
}

// headline is "Name: message", as Node prints an error's first line.
func headline(info *ErrorInfo) string {
	switch {
	case info.Name != "" && info.Message != "":
		return info.Name + ": " + info.Message
	case info.Name != "":
		return info.Name
	default:
		return info.Message
	}
}

// stackSuffix is the innermost frame of a stack, for one-line problems.
func stackSuffix(info *ErrorInfo) string {
	for _, line := range strings.Split(info.Stack, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "at ") {
			return " (" + line + ")"
		}
	}
	return ""
}

// jsStack is the current JS call stack, for problems found in a native
// function (cb called twice).
func (inv *invocation) jsStack() string {
	frames := inv.rt.CaptureCallStack(8, nil)
	var b bytes.Buffer
	for _, f := range frames {
		if f.SrcName() == "" || f.SrcName() == "<native>" {
			continue
		}
		b.WriteString("\n    at ")
		f.Write(&b)
	}
	return b.String()
}

var (
	positionRe = lazyre.New(`:(\d+):(\d+)(?:\(\d+\))?\)?\s*$`)
	// programCounterRe matches the bytecode offset goja adds to a frame's
	// position ("hook.js:3:7(12)"), which means nothing to a user.
	programCounterRe = lazyre.New(`(:\d+:\d+)\(\d+\)`)
)

// stackPosition finds the first frame in file and returns its line and
// column.
func stackPosition(stack, file string) (line, col int) {
	for _, l := range strings.Split(stack, "\n") {
		if !strings.Contains(l, file) {
			continue
		}
		if m := positionRe().FindStringSubmatch(l); m != nil {
			line, _ = strconv.Atoi(m[1])
			col, _ = strconv.Atoi(m[2])
			return line, col
		}
	}
	return 0, 0
}

func sourceLine(source string, line int) string {
	lines := jsast.Lines(source)
	if line < 1 || line > len(lines) {
		return ""
	}
	return lines[line-1]
}
