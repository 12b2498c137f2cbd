// Package nodeerr makes the errors Node's own modules throw, in the two
// shapes Node has, so that a hook catching one sees what it would see in
// Node: its class (instanceof TypeError), name, message and code.
//
//   - New: the errors of Node's lib/internal/errors.js (ERR_INVALID_ARG_TYPE
//     from util.promisify, ERR_OUT_OF_RANGE from crypto.randomBytes): an
//     own enumerable code, and "TypeError [CODE]: message" as String()
//     and as the head of the stack.
//   - Native: the errors Node's C++ layer throws (THROW_ERR_* in
//     src/node_errors.h: TextDecoder's invalid data, crypto.timingSafeEqual's
//     arguments): the same class and code, but "TypeError: message" as
//     String() and stack head.
//
// Every shim makes its Node errors here, Go halves directly and JS halves
// through the codedError native corejs gives them.
package nodeerr

import (
	"strings"

	"github.com/dop251/goja"
)

// Codes used by more than one module.
const (
	ErrInvalidArgType  = "ERR_INVALID_ARG_TYPE"
	ErrInvalidThis     = "ERR_INVALID_THIS"
	ErrOutOfRange      = "ERR_OUT_OF_RANGE"
	ErrUnknownEncoding = "ERR_UNKNOWN_ENCODING"
)

// New is one of Node's internal errors: an instance of the global class
// kind ("Error", "TypeError", "RangeError"; Error when rt has no such
// class) with an own enumerable code, whose String() and stack begin
// "Kind [CODE]: message".
func New(rt *goja.Runtime, kind, code, message string) *goja.Object {
	if _, ok := rt.Get(kind).(*goja.Object); !ok {
		kind = "Error"
	}
	e := Native(rt, kind, code, message)
	_ = e.DefineDataProperty("toString", rt.ToValue(func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(rt)
		return rt.ToValue(this.Get("name").String() + " [" + code + "]: " + this.Get("message").String())
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if stack, ok := e.Get("stack").Export().(string); ok {
		if i := strings.IndexByte(stack, ':'); i >= 0 && !strings.Contains(stack[:i], "\n") {
			stack = kind + " [" + code + "]" + stack[i:]
		}
		_ = e.DefineDataProperty("stack", rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}

// Native is an error as Node's C++ layer throws it: an instance of the
// global class kind with an own enumerable code, read as "Kind: message".
func Native(rt *goja.Runtime, kind, code, message string) *goja.Object {
	ctor, ok := rt.Get(kind).(*goja.Object)
	if !ok {
		ctor = rt.Get("Error").(*goja.Object)
	}
	e, err := rt.New(ctor, rt.ToValue(message))
	if err != nil {
		panic(err)
	}
	_ = e.Set("code", code)
	return e
}

// TypeError is New(rt, "TypeError", code, message).
func TypeError(rt *goja.Runtime, code, message string) *goja.Object {
	return New(rt, "TypeError", code, message)
}

// RangeError is New(rt, "RangeError", code, message).
func RangeError(rt *goja.Runtime, code, message string) *goja.Object {
	return New(rt, "RangeError", code, message)
}
