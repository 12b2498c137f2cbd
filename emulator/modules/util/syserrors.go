package util

import (
	_ "embed"
	"encoding/json"
	"math"
	"strconv"
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// syserrorsJSON is Node 20's util.getSystemErrorMap() on Linux: libuv's
// negative error numbers with their names and messages, in Node's order.
//
//go:embed syserrors.json
var syserrorsJSON string

type syserror struct {
	errno         int
	name, message string
}

// syserrors is syserrorsJSON read on first use: few hooks ask for it, and
// every process would pay for decoding it at start-up.
var syserrors = sync.OnceValue(func() []syserror {
	var raw [][2]json.RawMessage
	if err := json.Unmarshal([]byte(syserrorsJSON), &raw); err != nil {
		panic(err)
	}
	out := make([]syserror, 0, len(raw))
	for _, r := range raw {
		var e syserror
		var pair [2]string
		if json.Unmarshal(r[0], &e.errno) != nil || json.Unmarshal(r[1], &pair) != nil {
			panic("util: bad syserrors.json")
		}
		e.name, e.message = pair[0], pair[1]
		out = append(out, e)
	}
	return out
})

// getSystemErrorName is the name of a negative libuv error number.
func (u *module) getSystemErrorName(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if !goja.IsNumber(v) {
		panic(nodeerr.TypeError(u.rt, nodeerr.ErrInvalidArgType, `The "err" argument must be of type number. `+Received(u.rt, v)))
	}
	f := v.ToFloat()
	if f >= 0 || f != math.Trunc(f) || f < -(1<<53-1) {
		panic(nodeerr.RangeError(u.rt, nodeerr.ErrOutOfRange,
			`The value of "err" is out of range. It must be a negative integer. Received `+v.String()))
	}
	for _, e := range syserrors() {
		if float64(e.errno) == f {
			return u.rt.ToValue(e.name)
		}
	}
	return u.rt.ToValue("Unknown system error " + strconv.FormatInt(int64(f), 10))
}

// getSystemErrorMap is a new Map of every error number to [name, message].
func (u *module) getSystemErrorMap(goja.FunctionCall) goja.Value {
	ctor, _ := goja.AssertConstructor(u.rt.Get("Map"))
	entries := make([]any, len(syserrors()))
	for i, e := range syserrors() {
		entries[i] = u.rt.NewArray(e.errno, u.rt.NewArray(e.name, e.message))
	}
	m, err := ctor(nil, u.rt.NewArray(entries...))
	if err != nil {
		panic(err)
	}
	return m
}

// extend is the deprecated util._extend: target's own properties
// overwritten by those of source's own enumerable keys.
func (u *module) extend(call goja.FunctionCall) goja.Value {
	target, source := call.Argument(0), call.Argument(1)
	src, ok := source.(*goja.Object)
	if !ok {
		return target
	}
	dst := target.ToObject(u.rt)
	for _, k := range src.Keys() {
		_ = dst.Set(k, src.Get(k))
	}
	return target
}
