package textcoding

import (
	"github.com/dop251/goja"
)

// Node's error codes used here.
const (
	errInvalidArgType = "ERR_INVALID_ARG_TYPE"
	errInvalidThis    = "ERR_INVALID_THIS"
)

// typeError is a TypeError with Node's code property, as Node's internal
// errors are.
func typeError(rt *goja.Runtime, code, message string) *goja.Object {
	e := rt.NewTypeError("%s", message)
	_ = e.Set("code", code)
	return e
}

// rangeError is typeError's RangeError.
func rangeError(rt *goja.Runtime, code, message string) *goja.Object {
	e, err := rt.New(rt.Get("RangeError"), rt.ToValue(message))
	if err != nil {
		return typeError(rt, code, message)
	}
	_ = e.Set("code", code)
	return e
}
