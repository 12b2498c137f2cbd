package util

import (
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// inherits is the pre-class inheritance helper old hooks use.
func (u *module) inherits(call goja.FunctionCall) goja.Value {
	rt := u.rt
	for i, name := range []string{"ctor", "superCtor"} {
		if v := call.Argument(i); goja.IsUndefined(v) || goja.IsNull(v) {
			panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "`+name+`" argument must be of type function. `+Received(rt, v)))
		}
	}
	ctor, ok1 := call.Argument(0).(*goja.Object)
	super, ok2 := call.Argument(1).(*goja.Object)
	var superProto goja.Value = goja.Undefined()
	if ok2 {
		superProto = super.Get("prototype")
	}
	if superProto == nil || goja.IsUndefined(superProto) {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "superCtor.prototype" property must be of type object. `+Received(rt, superProto)))
	}
	superProtoObj, ok := superProto.(*goja.Object)
	if !ok1 || !ok {
		panic(rt.NewTypeError("Object prototype may only be an Object or null: %s", superProto.String()))
	}
	_ = ctor.DefineDataProperty("super_", super, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if proto, ok := ctor.Get("prototype").(*goja.Object); ok {
		if err := proto.SetPrototype(superProtoObj); err != nil {
			panic(rt.NewTypeError(err.Error()))
		}
	}
	return goja.Undefined()
}

// deprecate wraps fn so that its first call reports the deprecation
// through the host, once per code as Node does.
func (u *module) deprecate(call goja.FunctionCall) goja.Value {
	rt := u.rt
	fnObj, isObj := call.Argument(0).(*goja.Object)
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok || !isObj {
		panic(nodeerr.TypeError(rt, nodeerr.ErrInvalidArgType, `The "fn" argument must be of type function. `+Received(rt, call.Argument(0))))
	}
	msg := call.Argument(1).String()
	code := ""
	if c := call.Argument(2); !goja.IsUndefined(c) {
		code = c.String()
	}
	warned := false
	wrapper := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		if !warned {
			warned = true
			u.warnDeprecated(msg, code)
		}
		v, err := fn(c.This, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	_ = wrapper.SetPrototype(fnObj)
	if proto := fnObj.Get("prototype"); proto != nil && !goja.IsUndefined(proto) {
		_ = wrapper.Set("prototype", proto)
	}
	return wrapper
}

func (u *module) warnDeprecated(msg, code string) {
	if code == "" {
		u.host.Warn("DeprecationWarning: " + msg)
		return
	}
	if !u.warned[code] {
		if u.warned == nil {
			u.warned = map[string]bool{}
		}
		u.warned[code] = true
		u.host.Warn("[" + code + "] DeprecationWarning: " + msg)
	}
}

// debuglog returns a logger that stays silent: NODE_DEBUG is never set
// for a hook.
func (u *module) debuglog(goja.FunctionCall) goja.Value {
	logger := lazy.NamedFunc(u.rt, "debug", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	_ = logger.Set("enabled", false)
	return logger
}

var vtControl = lazyre.New(`[\x1b\x{9b}][\[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\x07)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))`)

func (u *module) stripVTControlCharacters(call goja.FunctionCall) goja.Value {
	if !isString(call.Argument(0)) {
		panic(nodeerr.TypeError(u.rt, nodeerr.ErrInvalidArgType, `The "str" argument must be of type string. `+Received(u.rt, call.Argument(0))))
	}
	return u.rt.ToValue(vtControl().ReplaceAllString(call.Argument(0).String(), ""))
}

// toUSVString replaces lone surrogates, which goja's strings already
// turn into U+FFFD on the way to Go.
func (u *module) toUSVString(call goja.FunctionCall) goja.Value {
	return u.rt.ToValue(strings.ToValidUTF8(call.Argument(0).String(), string(utf8.RuneError)))
}
