package crypto

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/errors"
	"github.com/hookemu/hookemu/emulator/modules"
)

// argTypeError is Node's ERR_INVALID_ARG_TYPE with its "Received" part.
func argTypeError(rt *goja.Runtime, name, expected string, got goja.Value) *goja.Object {
	return errors.NewTypeError(rt, errors.ErrCodeInvalidArgType, "The %q argument must be %s. %s", name, expected, received(got))
}

// outOfRange is Node's ERR_OUT_OF_RANGE.
func outOfRange(rt *goja.Runtime, name, rangeText string, got goja.Value) *goja.Object {
	return errors.NewRangeError(rt, errors.ErrCodeOutOfRange, "The value of %q is out of range. It must be %s. Received %s", name, rangeText, got.String())
}

// received describes a wrong argument as Node's error messages do.
func received(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "Received undefined"
	case goja.IsNull(v):
		return "Received null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			return "Received function " + obj.Get("name").String()
		}
		if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
			if name := ctor.Get("name"); name != nil && name.String() != "" {
				return "Received an instance of " + name.String()
			}
		}
		return "Received " + v.String()
	}
	shown := v.String()
	typ := "number"
	switch {
	case goja.IsString(v):
		typ, shown = "string", "'"+shown+"'"
	case isBool(v):
		typ = "boolean"
	case isSymbol(v):
		typ = "symbol"
	}
	if len(shown) > 28 {
		shown = shown[:25] + "..."
	}
	return fmt.Sprintf("Received type %s (%s)", typ, shown)
}

func isBool(v goja.Value) bool {
	_, ok := v.Export().(bool)
	return ok && !isSymbol(v)
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}

// finalized is ERR_CRYPTO_HASH_FINALIZED.
func finalized(rt *goja.Runtime) *goja.Object {
	return errors.NewError(rt, nil, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called")
}

// domException stands for the DOMExceptions webcrypto throws; goja has no
// such class, so it is an Error with the same name and code.
func domException(rt *goja.Runtime, name string, code int, message string) *goja.Object {
	return modules.NewError(rt, message, map[string]any{"name": name, "code": code})
}
