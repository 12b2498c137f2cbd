package util_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/textcoding"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPromisifyResolvesWithTheCallbacksValue(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"a value passed to the callback resolves the promise",
			"util.promisify((a, b, cb) => setTimeout(() => cb(null, a + b), 1))(1, 2)", "3"},
		{"this is passed through",
			"util.promisify(function (cb) { cb(null, this.v) }).call({v: 'me'})", `"me"`},
		{"a custom promisified form is used as is",
			"(() => { const f = (cb) => cb(null, 'plain'); f[util.promisify.custom] = () => Promise.resolve('custom'); return util.promisify(f)() })()", `"custom"`},
		{"the custom symbol is the registered one",
			"Promise.resolve(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'))", "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

func TestPromisifyRejects(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"an error passed to the callback rejects", "util.promisify((cb) => cb(new Error('failed')))()", "Error: failed"},
		{"a throw in the function rejects", "util.promisify(() => { throw new TypeError('thrown') })()", "TypeError: thrown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			_, err := env.Await(tt.src)
			var rej *modtest.Rejection
			require.ErrorAs(t, err, &rej)
			assert.Equal(t, tt.want, rej.Value.String())
		})
	}
}

func TestPromisifyRefusesANonFunction(t *testing.T) {
	t.Parallel()
	_, err := newEnv(t).RT.RunString("util.promisify(42)")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "original" argument must be of type function`)
}

func TestCallbackifyCallsBackWithTheResult(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	_, err := env.Await(`var got = [];
		util.callbackify(async (x) => x * 2)(21, (err, v) => got.push([err, v]));
		util.callbackify(async () => { throw new Error('no') })((err) => got.push([err.message]));
		util.callbackify(() => Promise.reject(null))((err) => got.push([err.code, err.reason]))`)
	require.NoError(t, err)
	assert.JSONEq(t, `[[null, 42], ["no"], ["ERR_FALSY_VALUE_REJECTION", null]]`, env.JSON(t, "got"))
}

func TestInheritsLinksPrototypes(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `function Animal() {} Animal.prototype.speak = function () { return 'sound' };
		function Dog() { Animal.call(this) } util.inherits(Dog, Animal);
		[new Dog().speak(), new Dog() instanceof Animal, Dog.super_ === Animal, Object.keys(Dog).length].join()`)
	assert.Equal(t, "sound,true,true,0", got.String())
	_, err := env.RT.RunString("util.inherits(function () {}, null)")
	assert.ErrorContains(t, err, `The "superCtor" argument must be of type function`)
}

func TestDeprecateWarnsOnceAndStillCalls(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `const old = util.deprecate((x) => x + 1, 'old() is going away', 'DEP_HOOK');
		const again = util.deprecate(() => 0, 'same code', 'DEP_HOOK');
		const plain = util.deprecate(() => 0, 'no code');
		old(1) + old(2) + again() + plain() + plain()`)
	assert.Equal(t, int64(5), got.ToInteger())
	assert.Equal(t, []string{"[DEP_HOOK] DeprecationWarning: old() is going away", "DeprecationWarning: no code"}, env.Warnings())
}

func TestIsDeepStrictEqualComparesAsNodeDoes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, args string
		want       bool
	}{
		{"equal numbers", "[1, 1]", true},
		{"NaN equals NaN", "[NaN, NaN]", true},
		{"zero and negative zero differ", "[0, -0]", false},
		{"a string and a number differ", `["1", 1]`, false},
		{"equal objects", "[{a:1}, {a:1}]", true},
		{"objects with different values", "[{a:1}, {a:2}]", false},
		{"an extra undefined property counts", "[{a:1}, {a:1, b:undefined}]", false},
		{"nested arrays", "[[1,[2]], [1,[2]]]", true},
		{"an array and an array-like object differ", "[[1,2], {0:1,1:2, length:2}]", false},
		{"equal dates", "[new Date(0), new Date(0)]", true},
		{"different dates", "[new Date(0), new Date(1)]", false},
		{"equal regular expressions", "[/a/g, /a/g]", true},
		{"regular expressions with different flags", "[/a/g, /a/i]", false},
		{"maps with equal entries", "[new Map([[1,{a:1}]]), new Map([[1,{a:1}]])]", true},
		{"sets in a different order", "[new Set([1,2]), new Set([2,1])]", true},
		{"sets of equal objects", "[new Set([{a:1}]), new Set([{a:1}])]", true},
		{"sets of different objects", "[new Set([{a:1}]), new Set([{a:2}])]", false},
		{"boxed numbers", "[Object(1), Object(1)]", true},
		{"a boxed and a plain number differ", "[Object(1), 1]", false},
		{"equal byte arrays", "[new Uint8Array([1]), new Uint8Array([1])]", true},
		{"typed arrays of different types differ", "[new Uint8Array([1]), new Int8Array([1])]", false},
		{"equal cycles", "[(()=>{const a={}; a.a=a; return a})(), (()=>{const b={}; b.a=b; return b})()]", true},
		{"different prototypes differ", "[Object.create(null), {}]", false},
		{"errors with the same message", `[new Error("x"), new Error("x")]`, true},
		{"errors with different messages", `[new Error("x"), new Error("y")]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.Run(t, "util.isDeepStrictEqual(..."+tt.args+")").ToBoolean())
		})
	}
}

func TestTypesCheckTheEngineKind(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, expr string
		want       bool
	}{
		{"a promise is a promise", "util.types.isPromise(Promise.resolve())", true},
		{"a thenable is not a promise", "util.types.isPromise({then() {}})", false},
		{"a date is a date", "util.types.isDate(new Date())", true},
		{"an object faking a date's tag is not a date", "util.types.isDate({[Symbol.toStringTag]: 'Date'})", false},
		{"a regular expression is one", "util.types.isRegExp(/x/)", true},
		{"an error is a native error", "util.types.isNativeError(new TypeError())", true},
		{"a map is a map", "util.types.isMap(new Map())", true},
		{"a set is a set", "util.types.isSet(new Set())", true},
		{"an array is not a set", "util.types.isSet([])", false},
		{"a byte array is typed", "util.types.isUint8Array(new Uint8Array(1))", true},
		{"an async function is one", "util.types.isAsyncFunction(async () => {})", true},
		{"a plain function is not async", "util.types.isAsyncFunction(() => {})", false},
		{"a generator function is one", "util.types.isGeneratorFunction(function* () {})", true},
		{"a proxy is a proxy", "util.types.isProxy(new Proxy({}, {}))", true},
		{"a weak map is one", "util.types.isWeakMap(new WeakMap())", true},
		{"a boxed string is boxed", "util.types.isBoxedPrimitive(Object('s'))", true},
		{"a primitive is not boxed", "util.types.isBoxedPrimitive('s')", false},
		{"the legacy isArray works", "util.isArray([])", true},
		{"the legacy isFunction works", "util.isFunction(async () => {})", true},
		{"the legacy isObject refuses functions", "util.isObject(() => {})", false},
		{"the legacy isPrimitive works", "util.isPrimitive(Symbol())", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, tt.expr).ToBoolean())
		})
	}
}

func TestTextCodingClassesAreTheGlobalOnes(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.Require(t, util.Module(), "", "util")
	encoder, decoder := textcoding.Classes(env.RT, nil)
	require.NoError(t, env.RT.Set("TextEncoder", encoder))
	require.NoError(t, env.RT.Set("TextDecoder", decoder))
	got := env.Run(t, "util.TextEncoder === TextEncoder && util.TextDecoder === TextDecoder && new util.TextDecoder().decode(new TextEncoder().encode('é')) === 'é'")
	assert.True(t, got.ToBoolean())
}

func TestSmallHelpersBehaveAsInNode(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"debuglog returns a silent logger", "typeof util.debuglog('x') + util.debuglog('x').enabled + util.debuglog('x')('ignored')", "functionfalseundefined"},
		{"stripVTControlCharacters removes colours", "util.stripVTControlCharacters('\\u001b[31mred\\u001b[39m')", "red"},
		{"inspect.custom is the registered symbol", "String(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'))", "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, tt.expr).String())
		})
	}
}

func BenchmarkInspectOfAProviderResponse(b *testing.B) {
	env := modtest.New(b, nil)
	v, err := env.RT.RunString(`({status: 200, statusText: 'OK', headers: {'content-type': 'application/json'},
		data: {umid: 'a1b2', destination: '+18085555555', status: {state: 'accepted', description: 'ACCEPTED'}}})`)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		util.Inspect(env.RT, v)
	}
}

func BenchmarkFormatOfALogLine(b *testing.B) {
	env := modtest.New(b, nil)
	args, err := env.RT.RunString(`['Sending SMS to %s', '+18085555555', 'attempt', 1]`)
	require.NoError(b, err)
	obj := args.ToObject(env.RT)
	values := []goja.Value{obj.Get("0"), obj.Get("1"), obj.Get("2"), obj.Get("3")}
	b.ReportAllocs()
	for b.Loop() {
		util.Format(env.RT, values)
	}
}

func TestTheExportsActLikeAPlainObject(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `const keys = Object.keys(util);
		util.format = () => 'mine';
		delete util.inspect;
		util.extra = 1;
		[keys.includes('format'), keys.includes('promisify'), util.format(), 'inspect' in util, util.extra,
			Object.keys(util).includes('extra'), typeof util.types.isDate].join()`)
	assert.Equal(t, "true,true,mine,false,1,true,function", got.String())
}

func BenchmarkLoad(b *testing.B) {
	env := modtest.New(b, nil)
	m := util.Module()
	for b.Loop() {
		if _, err := m.Load(env, ""); err != nil {
			b.Fatal(err)
		}
	}
}
