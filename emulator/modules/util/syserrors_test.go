package util_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected results are what Node 20 gives on Linux for the same code.
func TestSystemErrorsAndExtendBehaveAsNode20s(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"getSystemErrorName names libuv's numbers", `[util.getSystemErrorName(-2), util.getSystemErrorName(-111), util.getSystemErrorName(-3008), util.getSystemErrorName(-99999)]`, `["ENOENT","ECONNREFUSED","EAI_NONAME","Unknown system error -99999"]`},
		{"getSystemErrorName refuses what is not a negative integer", `[2, 'x', 1.5, 0].map((v) => { try { util.getSystemErrorName(v); } catch (e) { return [e.name, e.code, e.message]; } })`, `[["RangeError","ERR_OUT_OF_RANGE","The value of \"err\" is out of range. It must be a negative integer. Received 2"],["TypeError","ERR_INVALID_ARG_TYPE","The \"err\" argument must be of type number. Received type string ('x')"],["RangeError","ERR_OUT_OF_RANGE","The value of \"err\" is out of range. It must be a negative integer. Received 1.5"],["RangeError","ERR_OUT_OF_RANGE","The value of \"err\" is out of range. It must be a negative integer. Received 0"]]`},
		{"getSystemErrorMap maps numbers to names and messages", `(() => { const m = util.getSystemErrorMap(); return [m instanceof Map, m.size, m.get(-2), Array.from(m.keys()).slice(0, 3)]; })()`, `[true,84,["ENOENT","no such file or directory"],[-7,-13,-98]]`},
		{"_extend copies own enumerable properties", `[util._extend({a: 1, b: 1}, {b: 2, c: 3}), util._extend({a: 1}, null), util._extend({a: 1}, 5)]`, `[{"a":1,"b":2,"c":3},{"a":1},{"a":1}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.JSON(t, tt.src))
		})
	}
}

// The expected results are what Node 20 gives for the same code.
func TestTypesTellKindsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"every check of Node's is there in its order", `Object.keys(util.types)`, `["isExternal","isDate","isArgumentsObject","isBigIntObject","isBooleanObject","isNumberObject","isStringObject","isSymbolObject","isNativeError","isRegExp","isAsyncFunction","isGeneratorFunction","isGeneratorObject","isPromise","isMap","isSet","isMapIterator","isSetIterator","isWeakMap","isWeakSet","isArrayBuffer","isDataView","isSharedArrayBuffer","isProxy","isModuleNamespaceObject","isAnyArrayBuffer","isBoxedPrimitive","isArrayBufferView","isTypedArray","isUint8Array","isUint8ClampedArray","isUint16Array","isUint32Array","isInt8Array","isInt16Array","isInt32Array","isFloat32Array","isFloat64Array","isBigInt64Array","isBigUint64Array","isKeyObject","isCryptoKey"]`},
		{"typed array kinds", `[new Uint8Array(1), new Uint8ClampedArray(1), new Int16Array(1), new Float64Array(1), new BigUint64Array(1), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1), [1]].map((v) => [util.types.isArrayBufferView(v), util.types.isUint8Array(v), util.types.isUint8ClampedArray(v), util.types.isInt16Array(v), util.types.isFloat64Array(v), util.types.isBigUint64Array(v)])`, `[[true,true,false,false,false,false],[true,false,true,false,false,false],[true,false,false,true,false,false],[true,false,false,false,true,false],[true,false,false,false,false,true],[true,false,false,false,false,false],[false,false,false,false,false,false],[false,false,false,false,false,false]]`},
		{"iterators and generators", `(() => { function* g() {} const m = new Map(); const s = new Set(); return [util.types.isGeneratorObject(g()), util.types.isGeneratorObject(g), util.types.isMapIterator(m.keys()), util.types.isMapIterator(s.values()), util.types.isSetIterator(s.values()), util.types.isSetIterator([].values())]; })()`, `[true,false,true,false,true,false]`},
		{"boxed symbols and what hookemu never makes", `[util.types.isSymbolObject(Object(Symbol('s'))), util.types.isSymbolObject(Symbol('s')), util.types.isExternal({}), util.types.isModuleNamespaceObject({}), util.types.isKeyObject({}), util.types.isCryptoKey({}), util.types.isSharedArrayBuffer(new ArrayBuffer(1))]`, `[true,false,false,false,false,false,false]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.JSON(t, tt.src))
		})
	}
}
