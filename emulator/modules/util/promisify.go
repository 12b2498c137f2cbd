package util

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// promisifyFunction is util.promisify, with promisify.custom.
func (u *module) promisifyFunction() *goja.Object {
	custom := symbolFor(u.rt, "nodejs.util.promisify.custom")
	promisify := lazy.NamedFunc(u.rt, "promisify", func(call goja.FunctionCall) goja.Value {
		return u.promisify(call.Argument(0), custom)
	})
	_ = promisify.Set("custom", custom)
	return promisify
}

// promisify wraps a function taking a Node callback (err, value) into one
// returning a promise, or returns the function's own promisified form.
func (u *module) promisify(original goja.Value, custom goja.Value) goja.Value {
	rt := u.rt
	fnObj, isObj := original.(*goja.Object)
	fn, ok := goja.AssertFunction(original)
	if !ok || !isObj {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "original" argument must be of type function. `+Received(rt, original)))
	}
	sym, _ := custom.(*goja.Symbol)
	if c := fnObj.GetSymbol(sym); c != nil && !goja.IsUndefined(c) {
		if _, ok := goja.AssertFunction(c); !ok {
			panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "util.promisify.custom" property must be of type function. `+Received(rt, c)))
		}
		return c
	}
	wrapper := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		promise, resolve, reject := rt.NewPromise()
		callback := func(c goja.FunctionCall) goja.Value {
			if err := c.Argument(0); !goja.IsUndefined(err) && !goja.IsNull(err) {
				_ = reject(err)
			} else {
				_ = resolve(c.Argument(1))
			}
			return goja.Undefined()
		}
		args := append(append([]goja.Value(nil), call.Arguments...), rt.ToValue(callback))
		if _, err := fn(call.This, args...); err != nil {
			ex, isJS := err.(*goja.Exception)
			if !isJS {
				panic(err)
			}
			_ = reject(ex.Value())
		}
		return rt.ToValue(promise)
	}).(*goja.Object)
	_ = wrapper.SetPrototype(fnObj.Prototype())
	_ = wrapper.DefineDataPropertySymbol(sym, wrapper, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	copyOwnProperties(rt, wrapper, fnObj)
	return wrapper
}

// copyOwnProperties is Object.defineProperties(dst,
// Object.getOwnPropertyDescriptors(src)), which promisify does so that
// the wrapper keeps the original's name and length.
func copyOwnProperties(rt *goja.Runtime, dst, src *goja.Object) {
	object, ok := rt.Get("Object").(*goja.Object)
	if !ok {
		return
	}
	descriptors, ok1 := goja.AssertFunction(object.Get("getOwnPropertyDescriptors"))
	define, ok2 := goja.AssertFunction(object.Get("defineProperties"))
	if !ok1 || !ok2 {
		return
	}
	if d, err := descriptors(object, src); err == nil {
		_, _ = define(object, dst, d)
	}
}

// callbackify turns a function returning a promise into one taking a
// Node callback as its last argument.
func (u *module) callbackify(call goja.FunctionCall) goja.Value {
	rt := u.rt
	original, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "original" argument must be of type function. `+Received(rt, call.Argument(0))))
	}
	return rt.ToValue(func(c goja.FunctionCall) goja.Value {
		n := len(c.Arguments)
		var cb goja.Callable
		if n > 0 {
			cb, _ = goja.AssertFunction(c.Arguments[n-1])
		}
		if cb == nil {
			panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The last argument must be of type function. `+Received(rt, lastArgument(c))))
		}
		result, err := original(c.This, c.Arguments[:n-1]...)
		if err != nil {
			panic(err)
		}
		then := rt.ToValue(func(p goja.FunctionCall) goja.Value {
			_, err := cb(goja.Undefined(), goja.Null(), p.Argument(0))
			if err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
		catch := rt.ToValue(func(p goja.FunctionCall) goja.Value {
			reason := p.Argument(0)
			if !reason.ToBoolean() {
				e := httpkit.NewError(rt, "Promise was rejected with falsy value", map[string]any{"code": "ERR_FALSY_VALUE_REJECTION"})
				_ = e.Set("reason", reason)
				reason = e
			}
			_, err := cb(goja.Undefined(), reason)
			if err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
		u.then(result, then, catch)
		return goja.Undefined()
	})
}

// then calls Promise.resolve(v).then(onFulfilled, onRejected).
func (u *module) then(v, onFulfilled, onRejected goja.Value) {
	promise, resolve, _ := u.rt.NewPromise()
	_ = resolve(v)
	obj := u.rt.ToValue(promise).(*goja.Object)
	if fn, ok := goja.AssertFunction(obj.Get("then")); ok {
		if _, err := fn(obj, onFulfilled, onRejected); err != nil {
			panic(err)
		}
	}
}

// lastArgument is the argument a callbackified function wants a callback
// in, undefined when it got none.
func lastArgument(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		return goja.Undefined()
	}
	return call.Arguments[len(call.Arguments)-1]
}
