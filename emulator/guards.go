package emulator

import (
	"fmt"

	"github.com/dop251/goja"
)

// goja's built-ins allocate what a script asks for without asking
// anybody: 'x'.repeat(2**40) or new ArrayBuffer(2**40) is one Go
// allocation that kills the process, and a Go loop over a huge array
// cannot be interrupted. The guards below check the size first: beyond
// Node's own limits they throw Node's error; beyond the run's memory limit
// they end the run as over its memory limit, as Auth0 kills such a
// container. Each guard replaces one built-in on the run's runtime.

// valueBytes is what one element of an array costs goja, roughly: the
// estimate that turns an array length into bytes for the memory check.
const valueBytes = 16

// arrayMethods build a new array of the receiver's length. Methods that
// only walk a huge sparse array take long but allocate nothing: the time
// limit ends those runs (see AbandonMargin).
var arrayMethods = []string{"map", "filter", "concat", "slice", "splice", "sort", "flat", "fill"}

// typedArrays are the constructors that allocate element size × length.
var typedArrays = []struct {
	name string
	size int64
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2}, {"Uint16Array", 2},
	{"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4}, {"Float64Array", 8}, {"BigInt64Array", 8}, {"BigUint64Array", 8},
}

// installGuards replaces the allocating built-ins of the run's runtime
// that a script can reach without naming a global: methods of the
// prototypes every string and array has, Array.from ([].constructor),
// and ArrayBuffer, whose instances Go code makes (rt.NewArrayBuffer) and
// whose prototype leads to the constructor. The other guarded built-ins
// are reached only through the global object, and guardBuiltin guards
// them there on first use.
func (inv *invocation) installGuards() {
	rt := inv.rt
	// The prototypes are reached from values, not from their constructors,
	// which goja would otherwise build in every run for nothing.
	str := rt.ToValue("").ToObject(rt).Prototype()
	inv.guardMethod(str, "repeat", func(call goja.FunctionCall) {
		n := call.Argument(0).ToFloat()
		if n > 0 && n < 1e300 {
			inv.reserveString(float64(stringLength(rt, call.This)) * n)
		}
	})
	pad := func(call goja.FunctionCall) { inv.reserveString(call.Argument(0).ToFloat()) }
	inv.guardMethod(str, "padStart", pad)
	inv.guardMethod(str, "padEnd", pad)
	array := rt.NewArray().Prototype()
	inv.guardMethod(array, "join", func(call goja.FunctionCall) {
		sep := int64(1)
		if s := call.Argument(0); !goja.IsUndefined(s) {
			sep = int64(stringLength(rt, s))
		}
		if n := arrayLength(rt, call.This); n > 1 {
			inv.reserveString(float64(n-1) * float64(sep))
			inv.reserve(float64(n)*valueBytes, "Array.prototype.join")
		}
	})
	for _, name := range arrayMethods {
		inv.guardMethod(array, name, func(call goja.FunctionCall) {
			inv.reserve(float64(arrayLength(rt, call.This))*valueBytes, "Array.prototype."+name)
		})
	}
	if arrayCtor, ok := array.Get("constructor").(*goja.Object); ok {
		inv.guardMethod(arrayCtor, "from", func(call goja.FunctionCall) {
			inv.reserve(float64(arrayLength(rt, call.Argument(0)))*valueBytes, "Array.from")
		})
	}
	inv.scope.Get("ArrayBuffer")
}

// guardBuiltin is what the global object serves for goja's built-in
// name, whose value is v: the guard of a constructor that allocates
// what its argument says, or v itself.
func (inv *invocation) guardBuiltin(name string, v goja.Value) goja.Value {
	target, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if name == "ArrayBuffer" {
		return orValue(inv.constructorGuard(target, name, 1), v)
	}
	for _, ta := range typedArrays {
		if ta.name == name {
			return orValue(inv.constructorGuard(target, name, ta.size), v)
		}
	}
	return v
}

func orValue(guard *goja.Object, v goja.Value) goja.Value {
	if guard == nil {
		return v
	}
	return guard
}

// afterBuiltin finishes the built-in name once the global object serves
// it: JSON, reached through no other path, gets its guard and its
// stringify here rather than in every run.
func (inv *invocation) afterBuiltin(name string, v goja.Value) {
	json, ok := v.(*goja.Object)
	if name != "JSON" || !ok {
		return
	}
	rt := inv.rt
	inv.guardMethod(json, "parse", func(call goja.FunctionCall) {
		// goja parses in one Go call no interrupt reaches, and a value
		// takes several times its text: bound the text by the memory left.
		inv.reserve(float64(stringLength(rt, call.Argument(0)))*jsonGrowth, "JSON.parse")
	})
	inv.installStringify(json)
}

// jsonGrowth is how many bytes of heap a byte of JSON text may become.
const jsonGrowth = 8

// methodGuard is one guarded method: the original and its check.
type methodGuard struct {
	original *goja.Object
	call     goja.Callable
	check    func(goja.FunctionCall)
}

// guardMethod runs check before obj's method name; check throws or stops
// the run when the call would allocate too much. The method becomes a
// proxy of the original, which keeps its name and length (a Go function
// would show its Go symbol as its name) and costs less than a function
// object; one apply trap serves every guarded method of the run.
func (inv *invocation) guardMethod(obj *goja.Object, name string, check func(goja.FunctionCall)) {
	original, ok := obj.Get(name).(*goja.Object)
	if !ok {
		return
	}
	call, ok := goja.AssertFunction(original)
	if !ok {
		return
	}
	if inv.methodTraps == nil {
		inv.methodGuards = make([]methodGuard, 0, 16)
		inv.methodTraps = &goja.ProxyTrapConfig{Apply: inv.applyGuarded}
	}
	inv.methodGuards = append(inv.methodGuards, methodGuard{original, call, check})
	_ = obj.Set(name, inv.rt.NewProxy(original, inv.methodTraps))
}

// applyGuarded is the apply trap of every guarded method: the check of
// the method called, then the method.
func (inv *invocation) applyGuarded(original *goja.Object, this goja.Value, args []goja.Value) goja.Value {
	for _, g := range inv.methodGuards {
		if g.original != original {
			continue
		}
		g.check(goja.FunctionCall{This: this, Arguments: args})
		v, err := g.call(this, args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	panic(inv.rt.NewTypeError("not a guarded method"))
}

// constructorGuard is the guard of the constructor target (nil when
// target is not one), made the constructor of target's prototype.
func (inv *invocation) constructorGuard(target *goja.Object, name string, elemSize int64) *goja.Object {
	construct, ok := goja.AssertConstructor(target)
	if !ok {
		return nil
	}
	rt := inv.rt
	guard := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		if len(call.Arguments) > 0 {
			inv.checkElements(name, call.Arguments[0], elemSize)
		}
		obj, err := construct(call.NewTarget, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)
	proto := target.Get("prototype")
	_ = guard.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = guard.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = guard.SetPrototype(target)
	_ = proto.ToObject(rt).Set("constructor", guard)
	return guard
}

// checkElements refuses a length beyond buffer.constants.MAX_LENGTH with
// V8's error, and one beyond the memory limit by ending the run.
func (inv *invocation) checkElements(name string, arg goja.Value, elemSize int64) {
	var n float64
	switch {
	case goja.IsNumber(arg):
		n = arg.ToFloat()
	case isArrayLike(arg):
		n = float64(arrayLength(inv.rt, arg))
	default:
		return
	}
	bytes := n * float64(elemSize)
	if bytes > float64(inv.nodeLimits.MaxBufferLength) {
		if name == "ArrayBuffer" {
			panic(inv.rangeError("Array buffer allocation failed"))
		}
		panic(inv.rangeError(fmt.Sprintf("Invalid typed array length: %s", arg.String())))
	}
	inv.reserve(bytes, "new "+name)
}

func isArrayLike(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	return ok && obj.ClassName() != "ArrayBuffer"
}

// reserveString checks a string of units UTF-16 code units against V8's
// longest string and against the memory limit.
func (inv *invocation) reserveString(units float64) {
	if units > float64(inv.nodeLimits.MaxStringLength) {
		panic(inv.rangeError("Invalid string length"))
	}
	inv.reserve(units, "a string")
}

func (inv *invocation) rangeError(message string) *goja.Object {
	ctor, _ := inv.rt.Get("RangeError").(*goja.Object)
	e, err := inv.rt.New(ctor, inv.rt.ToValue(message))
	if err != nil {
		panic(err)
	}
	return e
}

// stringLength is the length of v as a string, without copying it.
func stringLength(rt *goja.Runtime, v goja.Value) int {
	if v == nil {
		return 0
	}
	if s, ok := v.ToString().(goja.String); ok {
		return s.Length()
	}
	return len(v.String())
}

// arrayLength reads length from an object (0 for anything else), as the
// built-ins would before walking it.
func arrayLength(rt *goja.Runtime, v goja.Value) int64 {
	obj, ok := v.(*goja.Object)
	if !ok {
		return 0
	}
	n := obj.Get("length")
	if n == nil {
		return 0
	}
	return n.ToInteger()
}
