package util

import (
	"reflect"

	"github.com/dop251/goja"
)

// access reads JS objects the way inspect must: without running a getter
// or a proxy trap, and surviving an operation that throws. Node's inspect
// has V8 internals for this; here the intrinsics do the job.
type access struct {
	rt         *goja.Runtime
	gopd       goja.Callable // Object.getOwnPropertyDescriptor
	fnToString goja.Callable // Function.prototype.toString
}

// abort unwinds an inspection when the runtime raises an error no JS code
// may catch (the invocation's time limit, a stack overflow): the partial
// output is dropped and the interrupt stays pending for the hook's code.
type abort struct{ err error }

func newAccess(rt *goja.Runtime) *access {
	a := &access{rt: rt}
	if object, ok := rt.Get("Object").(*goja.Object); ok {
		a.gopd, _ = goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	}
	if function, ok := rt.Get("Function").(*goja.Object); ok {
		if proto, ok := function.Get("prototype").(*goja.Object); ok {
			a.fnToString, _ = goja.AssertFunction(proto.Get("toString"))
		}
	}
	return a
}

// try runs f, turning a JS exception into false; an uncatchable error
// aborts the whole inspection.
func (a *access) try(f func()) (ok bool) {
	defer func() {
		if x := recover(); x != nil {
			if err, isErr := x.(error); isErr {
				panic(abort{err})
			}
			panic(x)
		}
	}()
	return a.rt.Try(f) == nil
}

// call calls fn, reporting a JS exception as false.
func (a *access) call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if fn == nil {
		return nil, false
	}
	v, err := fn(this, args...)
	if err != nil {
		if _, isJS := err.(*goja.Exception); !isJS {
			panic(abort{err})
		}
		return nil, false
	}
	return v, true
}

// property is an own property as its descriptor describes it.
type property struct {
	value          goja.Value // nil for an accessor
	getter, setter bool
	enumerable     bool
}

// own returns the own property key (a string or a symbol) of obj, which
// must not be a proxy.
func (a *access) own(obj *goja.Object, key goja.Value) (property, bool) {
	d, ok := a.call(a.gopd, goja.Undefined(), obj, key)
	desc, isObj := d.(*goja.Object)
	if !ok || !isObj {
		return property{}, false
	}
	// The descriptor is the intrinsic's fresh object: reading it runs no
	// code (short of a getter planted on Object.prototype, which the
	// caller's recover absorbs).
	enumerable := desc.Get("enumerable")
	p := property{enumerable: enumerable != nil && enumerable.ToBoolean()}
	if v := desc.Get("value"); v != nil {
		p.value = v
		return p, true
	}
	get, set := desc.Get("get"), desc.Get("set")
	p.getter = get != nil && !goja.IsUndefined(get)
	p.setter = set != nil && !goja.IsUndefined(set)
	if !p.getter && !p.setter {
		p.value = goja.Undefined()
	}
	return p, true
}

// data returns the value of the data property key found on obj or its
// prototype chain, never running a getter.
func (a *access) data(obj *goja.Object, key string) goja.Value {
	return a.dataKey(obj, a.rt.ToValue(key))
}

// dataKey is data for a key that may be a symbol.
func (a *access) dataKey(obj *goja.Object, k goja.Value) goja.Value {
	for i := 0; obj != nil && i < maxProtoChain; i++ {
		obj, _ = unwrapProxy(obj)
		if obj == nil {
			return nil
		}
		if p, ok := a.own(obj, k); ok {
			return p.value
		}
		obj = a.proto(obj)
	}
	return nil
}

// dataString is data's value when it is a string.
func (a *access) dataString(obj *goja.Object, key string) (string, bool) {
	v := a.data(obj, key)
	if !isString(v) {
		return "", false
	}
	return v.String(), true
}

// proto returns obj's prototype, looking through proxies at their targets.
func (a *access) proto(obj *goja.Object) *goja.Object {
	obj, _ = unwrapProxy(obj)
	if obj == nil {
		return nil
	}
	var p *goja.Object
	a.try(func() { p = obj.Prototype() })
	return p
}

// maxProtoChain bounds walks up prototype chains that a hostile script
// could make long.
const maxProtoChain = 1000

var (
	reflectProxy   = reflect.TypeOf(goja.Proxy{})
	reflectString  = reflect.TypeOf("")
	reflectPromise = reflect.TypeOf((*goja.Promise)(nil))
	reflectMap     = reflect.TypeOf([][2]any(nil))
	reflectSet     = reflect.TypeOf([]any(nil))
	reflectBuffer  = reflect.TypeOf(goja.ArrayBuffer{})
	reflectCtor    = reflect.TypeOf(func(goja.ConstructorCall) *goja.Object { return nil })
)

// unwrapProxy returns the object a proxy (or a chain of them) stands for;
// revoked is true, and the object nil, for a revoked proxy.
func unwrapProxy(obj *goja.Object) (target *goja.Object, revoked bool) {
	for i := 0; obj != nil && obj.ExportType() == reflectProxy; i++ {
		if i == maxProtoChain {
			return nil, true
		}
		p, _ := obj.Export().(goja.Proxy)
		obj = p.Target()
	}
	return obj, obj == nil
}

// isFunction reports whether obj is callable. goja's class name is not
// reliable for this: async arrow functions report "Object".
func isFunction(obj *goja.Object) bool {
	t := obj.ExportType()
	return t != nil && t.Kind() == reflect.Func
}
