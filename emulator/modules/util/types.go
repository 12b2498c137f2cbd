package util

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// typesTable is util.types, in Node's order: checks by the engine's own
// idea of a value's kind, which neither a prototype nor Symbol.toStringTag
// can fake (typed arrays' kinds and iterators are told by their intrinsic
// tags).
var typesTable = lazy.TableOf(func() []lazy.Member[*module] {
	return []lazy.Member[*module]{
		objectCheck("isExternal", never),
		objectCheck("isDate", classIs("Date")),
		objectCheck("isArgumentsObject", classIs("Arguments")),
		objectCheck("isBigIntObject", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBigInt }),
		objectCheck("isBooleanObject", classIs("Boolean")),
		objectCheck("isNumberObject", classIs("Number")),
		objectCheck("isStringObject", classIs("String")),
		objectCheck("isSymbolObject", func(_ *module, o *goja.Object) bool {
			return o.ClassName() == "Object" && o.ExportType() == reflectString
		}),
		objectCheck("isNativeError", classIs("Error")),
		objectCheck("isRegExp", classIs("RegExp")),
		objectCheck("isAsyncFunction", functionOfKind("AsyncFunction", "AsyncGeneratorFunction")),
		objectCheck("isGeneratorFunction", functionOfKind("GeneratorFunction", "AsyncGeneratorFunction")),
		objectCheck("isGeneratorObject", intrinsicTag("Generator")),
		objectCheck("isPromise", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectPromise }),
		objectCheck("isMap", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectMap }),
		objectCheck("isSet", func(_ *module, o *goja.Object) bool {
			return o.ClassName() == "Object" && o.ExportType() == reflectSet
		}),
		objectCheck("isMapIterator", intrinsicTag("Map Iterator")),
		objectCheck("isSetIterator", intrinsicTag("Set Iterator")),
		objectCheck("isWeakMap", taggedAs("WeakMap")),
		objectCheck("isWeakSet", taggedAs("WeakSet")),
		objectCheck("isArrayBuffer", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBuffer }),
		objectCheck("isDataView", taggedAs("DataView")),
		objectCheck("isSharedArrayBuffer", taggedAs("SharedArrayBuffer")),
		// The emulator's global object is a proxy of its own making, which
		// Node's is not.
		objectCheck("isProxy", func(m *module, o *goja.Object) bool {
			return o.ExportType() == reflectProxy && o != m.rt.GlobalObject()
		}),
		objectCheck("isModuleNamespaceObject", never),
		objectCheck("isAnyArrayBuffer", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBuffer }),
		objectCheck("isBoxedPrimitive", func(_ *module, o *goja.Object) bool {
			switch o.ClassName() {
			case "Number", "String", "Boolean":
				return true
			}
			return o.ExportType() == reflectBigInt
		}),
		objectCheck("isArrayBufferView", func(u *module, o *goja.Object) bool { return isTypedArray(o) || taggedAs("DataView")(u, o) }),
		objectCheck("isTypedArray", func(_ *module, o *goja.Object) bool { return isTypedArray(o) }),
		objectCheck("isUint8Array", typedArrayNamed("Uint8Array")),
		objectCheck("isUint8ClampedArray", typedArrayNamed("Uint8ClampedArray")),
		objectCheck("isUint16Array", typedArrayNamed("Uint16Array")),
		objectCheck("isUint32Array", typedArrayNamed("Uint32Array")),
		objectCheck("isInt8Array", typedArrayNamed("Int8Array")),
		objectCheck("isInt16Array", typedArrayNamed("Int16Array")),
		objectCheck("isInt32Array", typedArrayNamed("Int32Array")),
		objectCheck("isFloat32Array", typedArrayNamed("Float32Array")),
		objectCheck("isFloat64Array", typedArrayNamed("Float64Array")),
		objectCheck("isBigInt64Array", typedArrayNamed("BigInt64Array")),
		objectCheck("isBigUint64Array", typedArrayNamed("BigUint64Array")),
		objectCheck("isKeyObject", never),
		objectCheck("isCryptoKey", never),
	}
})

// never is a check no value hookemu makes can pass (V8 externals, ES
// module namespaces, crypto key objects).
func never(*module, *goja.Object) bool { return false }

// typedArrayNamed checks for a typed array of one kind: by what the
// engine exports it as, and for Uint8 and Uint8Clamped (both bytes) by
// its intrinsic tag.
func typedArrayNamed(name string) func(*module, *goja.Object) bool {
	return func(u *module, o *goja.Object) bool {
		if !isTypedArray(o) {
			return false
		}
		kind := typedArrayTypes[o.ExportType()]
		if kind == "Uint8Array" {
			return intrinsicTag(name)(u, o)
		}
		return kind == name
	}
}

// intrinsicTag checks what Object.prototype.toString says of an object
// whose class goja does not expose (generators, iterators, clamped
// arrays): "[object " + tag + "]".
func intrinsicTag(tag string) func(*module, *goja.Object) bool {
	return func(u *module, o *goja.Object) bool {
		var got string
		_ = u.rt.Try(func() {
			proto := u.rt.Get("Object").ToObject(u.rt).Get("prototype").ToObject(u.rt)
			if fn, ok := goja.AssertFunction(proto.Get("toString")); ok {
				if v, err := fn(o); err == nil {
					got = v.String()
				}
			}
		})
		return got == "[object "+tag+"]"
	}
}

// objectCheck is a member testing objects; anything else fails it.
func objectCheck(name string, check func(*module, *goja.Object) bool) lazy.Member[*module] {
	return lazy.Func(name, func(u *module, call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return u.rt.ToValue(ok && check(u, o))
	})
}

func classIs(class string) func(*module, *goja.Object) bool {
	return func(_ *module, o *goja.Object) bool { return o.ClassName() == class }
}

// functionOfKind checks a function's intrinsic constructor's name.
func functionOfKind(kinds ...string) func(*module, *goja.Object) bool {
	return func(u *module, o *goja.Object) bool {
		if !isFunction(o) {
			return false
		}
		name, _ := newInspector(newAccess(u.rt), u.opts).constructorName(o)
		for _, k := range kinds {
			if name == k {
				return true
			}
		}
		return false
	}
}

func taggedAs(tag string) func(*module, *goja.Object) bool {
	return func(u *module, o *goja.Object) bool {
		return o.ExportType() != reflectProxy && newInspector(newAccess(u.rt), u.opts).toStringTag(o) == tag
	}
}

// legacyChecks are the util.isArray family, deprecated but still in Node
// 20 and in old hooks.
var legacyChecks = []lazy.Member[*module]{
	valueCheck("isArray", func(v goja.Value) bool { return isObject(v) && v.(*goja.Object).ClassName() == "Array" }),
	valueCheck("isBoolean", func(v goja.Value) bool { _, ok := v.Export().(bool); return ok && !isObject(v) }),
	lazy.Func("isBuffer", func(u *module, call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok || !isTypedArray(o) {
			return u.rt.ToValue(false)
		}
		name, _ := newInspector(newAccess(u.rt), u.opts).constructorName(o)
		return u.rt.ToValue(name == "Buffer")
	}),
	valueCheck("isDate", func(v goja.Value) bool { return isObject(v) && v.(*goja.Object).ClassName() == "Date" }),
	valueCheck("isError", func(v goja.Value) bool { return isObject(v) && v.(*goja.Object).ClassName() == "Error" }),
	valueCheck("isFunction", func(v goja.Value) bool { _, ok := goja.AssertFunction(v); return ok }),
	valueCheck("isNull", goja.IsNull),
	valueCheck("isNullOrUndefined", func(v goja.Value) bool { return goja.IsNull(v) || goja.IsUndefined(v) }),
	valueCheck("isNumber", func(v goja.Value) bool { return !isObject(v) && isNumeric(v) && !isBigInt(v) }),
	valueCheck("isObject", func(v goja.Value) bool { return isObject(v) && !isFunction(v.(*goja.Object)) }),
	valueCheck("isPrimitive", func(v goja.Value) bool { return !isObject(v) }),
	valueCheck("isRegExp", func(v goja.Value) bool { return isObject(v) && v.(*goja.Object).ClassName() == "RegExp" }),
	valueCheck("isString", isString),
	valueCheck("isSymbol", func(v goja.Value) bool { _, ok := v.(*goja.Symbol); return ok }),
	valueCheck("isUndefined", goja.IsUndefined),
}

func valueCheck(name string, check func(goja.Value) bool) lazy.Member[*module] {
	return lazy.Func(name, func(u *module, call goja.FunctionCall) goja.Value {
		return u.rt.ToValue(check(call.Argument(0)))
	})
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}
