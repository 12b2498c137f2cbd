package util

import (
	"strings"

	"github.com/dop251/goja"
)

// formatS is %s: numbers and BigInts as inspect prints them, objects
// without a toString of their own inspected one level deep, anything else
// through String().
func (f *formatter) formatS(arg goja.Value) string {
	obj, isObj := arg.(*goja.Object)
	switch {
	case !isObj && isNumeric(arg):
		return newInspector(f.access, f.opts).formatPrimitive(arg)
	case !isObj || isFunction(obj) || !f.hasBuiltInToString(obj):
		return f.str(arg)
	}
	opts := f.opts
	opts.Depth, opts.Compact = 0, 3
	return f.inspect(arg, opts)
}

// str is String(v), or a note when its toString throws.
func (f *formatter) str(v goja.Value) string {
	if sym, ok := v.(*goja.Symbol); ok {
		return symbolString(sym)
	}
	var s string
	if !f.try(func() { s = v.String() }) {
		return "[object with a throwing toString]"
	}
	return s
}

// builtInObjects are the global constructors whose toString inspect
// trusts, as in Node.
var builtInObjects = map[string]bool{
	"Object": true, "Function": true, "Array": true, "Number": true, "Boolean": true,
	"String": true, "Symbol": true, "Date": true, "Promise": true, "RegExp": true,
	"Error": true, "AggregateError": true, "EvalError": true, "RangeError": true,
	"ReferenceError": true, "SyntaxError": true, "TypeError": true, "URIError": true,
	"ArrayBuffer": true, "Uint8Array": true, "Int8Array": true, "Uint16Array": true,
	"Int16Array": true, "Uint32Array": true, "Int32Array": true, "Float32Array": true,
	"Float64Array": true, "Uint8ClampedArray": true, "BigUint64Array": true,
	"BigInt64Array": true, "DataView": true, "Map": true, "BigInt": true, "Set": true,
	"WeakMap": true, "WeakSet": true, "Proxy": true, "Reflect": true, "WeakRef": true,
	"FinalizationRegistry": true, "SharedArrayBuffer": true,
}

// hasBuiltInToString is Node's: whether obj would print only
// [object Object] through String(), so %s should inspect it instead.
func (f *formatter) hasBuiltInToString(obj *goja.Object) bool {
	obj, revoked := unwrapProxy(obj)
	if revoked {
		return true
	}
	toString, toPrimitive := f.rt.ToValue("toString"), goja.Value(goja.SymToPrimitive)
	_, hasToString := goja.AssertFunction(f.dataKey(obj, toString))
	_, hasToPrimitive := goja.AssertFunction(f.dataKey(obj, toPrimitive))
	checkToString, checkToPrimitive := true, true
	switch {
	case !hasToString && !hasToPrimitive:
		return true
	case !hasToString:
		if f.hasOwnKey(obj, toPrimitive) {
			return false
		}
		checkToString = false
	case f.hasOwnKey(obj, toString):
		return false
	case !hasToPrimitive:
		checkToPrimitive = false
	case f.hasOwnKey(obj, toPrimitive):
		return false
	}
	pointer := obj
	for i := 0; i < maxProtoChain; i++ {
		if pointer = f.proto(pointer); pointer == nil {
			return true
		}
		if (checkToString && f.hasOwnKey(pointer, toString)) || (checkToPrimitive && f.hasOwnKey(pointer, toPrimitive)) {
			break
		}
	}
	p, ok := f.own(pointer, f.rt.ToValue("constructor"))
	ctor, isObj := p.value.(*goja.Object)
	if !ok || !isObj || !isFunction(ctor) {
		return false
	}
	name, _ := f.dataString(ctor, "name")
	return builtInObjects[name]
}

func (a *access) hasOwnKey(obj *goja.Object, key goja.Value) bool {
	_, ok := a.own(obj, key)
	return ok
}

// stringify is %j: JSON.stringify, with [Circular] for a cycle.
func (f *formatter) stringify(arg goja.Value) string {
	json, _ := f.rt.Get("JSON").(*goja.Object)
	if json == nil {
		return "undefined"
	}
	fn, _ := goja.AssertFunction(json.Get("stringify"))
	if fn == nil {
		return "undefined"
	}
	v, err := fn(json, arg)
	if err != nil {
		ex, isJS := err.(*goja.Exception)
		if !isJS {
			panic(abort{err})
		}
		if strings.Contains(strings.ToLower(ex.Value().String()), "circular") {
			return "[Circular]"
		}
		return "[" + ex.Value().String() + "]"
	}
	return f.str(v)
}

// number is %d (Number), %i (parseInt) or %f (parseFloat) of arg.
func (f *formatter) number(arg goja.Value, conv string) string {
	if _, isSym := arg.(*goja.Symbol); isSym {
		return "NaN"
	}
	if isBigInt(arg) && conv != "parseFloat" {
		return arg.String() + "n"
	}
	fn, ok := goja.AssertFunction(f.rt.Get(conv))
	if !ok {
		return "NaN"
	}
	v, ok := f.call(fn, goja.Undefined(), arg)
	if !ok {
		return "NaN"
	}
	return formatNumber(v)
}
