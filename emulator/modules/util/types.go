package util

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
)

// typesTable is util.types: checks by the engine's own idea of a
// value's kind, which neither a prototype nor Symbol.toStringTag can fake.
var typesTable = lazy.NewTable(
	objectCheck("isPromise", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectPromise }),
	objectCheck("isDate", classIs("Date")),
	objectCheck("isRegExp", classIs("RegExp")),
	objectCheck("isNativeError", classIs("Error")),
	objectCheck("isArgumentsObject", classIs("Arguments")),
	objectCheck("isNumberObject", classIs("Number")),
	objectCheck("isStringObject", classIs("String")),
	objectCheck("isBooleanObject", classIs("Boolean")),
	objectCheck("isBigIntObject", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBigInt }),
	objectCheck("isBoxedPrimitive", func(_ *module, o *goja.Object) bool {
		switch o.ClassName() {
		case "Number", "String", "Boolean":
			return true
		}
		return o.ExportType() == reflectBigInt
	}),
	objectCheck("isMap", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectMap }),
	objectCheck("isSet", func(_ *module, o *goja.Object) bool {
		return o.ClassName() == "Object" && o.ExportType() == reflectSet
	}),
	objectCheck("isWeakMap", taggedAs("WeakMap")),
	objectCheck("isWeakSet", taggedAs("WeakSet")),
	objectCheck("isDataView", taggedAs("DataView")),
	objectCheck("isProxy", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectProxy }),
	objectCheck("isArrayBuffer", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBuffer }),
	objectCheck("isAnyArrayBuffer", func(_ *module, o *goja.Object) bool { return o.ExportType() == reflectBuffer }),
	objectCheck("isTypedArray", func(_ *module, o *goja.Object) bool { return isTypedArray(o) }),
	objectCheck("isUint8Array", func(_ *module, o *goja.Object) bool {
		return isTypedArray(o) && typedArrayTypes[o.ExportType()] == "Uint8Array"
	}),
	objectCheck("isAsyncFunction", functionOfKind("AsyncFunction", "AsyncGeneratorFunction")),
	objectCheck("isGeneratorFunction", functionOfKind("GeneratorFunction", "AsyncGeneratorFunction")),
)

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
