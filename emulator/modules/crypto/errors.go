package crypto

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util"
)

// argTypeError is Node's ERR_INVALID_ARG_TYPE with its "Received" part.
func argTypeError(rt *goja.Runtime, name, expected string, got goja.Value) *goja.Object {
	return nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, fmt.Sprintf("The %q argument must be %s. %s", name, expected, util.Received(rt, got)))
}

// outOfRange is Node's ERR_OUT_OF_RANGE.
func outOfRange(rt *goja.Runtime, name, rangeText string, got goja.Value) *goja.Object {
	return nodeerr.RangeError(rt, nodeerr.ErrOutOfRange, fmt.Sprintf("The value of %q is out of range. It must be %s. Received %s", name, rangeText, got.String()))
}

// finalized is ERR_CRYPTO_HASH_FINALIZED.
func finalized(rt *goja.Runtime) *goja.Object {
	return nodeerr.New(rt, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called")
}

// domException stands for the DOMExceptions webcrypto throws; goja has no
// such class, so it is an Error with the same name and code.
func domException(rt *goja.Runtime, name string, code int, message string) *goja.Object {
	return httpkit.NewError(rt, message, map[string]any{"name": name, "code": code})
}
