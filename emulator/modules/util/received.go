package util

import "github.com/dop251/goja"

// Received is how Node's argument errors describe the value they got:
// "Received type string ('x')", "Received an instance of Foo",
// "Received function f", "Received null".
func Received(rt *goja.Runtime, v goja.Value) string {
	return "Received " + receivedDescription(rt, v)
}

// received is Received bound to rt.
func received(rt *goja.Runtime) func(goja.Value) string {
	return func(v goja.Value) string { return Received(rt, v) }
}

func receivedDescription(rt *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			if name := obj.Get("name"); name != nil && name.String() != "" {
				return "function " + name.String()
			}
		} else {
			if ctor, ok := receivedGet(rt, obj, "constructor").(*goja.Object); ok {
				if name := receivedGet(rt, ctor, "name"); name != nil && goja.IsString(name) && name.String() != "" {
					return "an instance of " + name.String()
				}
			}
			opts := DefaultOptions()
			opts.Depth = -1
			return InspectWith(rt, v, opts)
		}
	}
	if s := v.String(); goja.IsString(v) && len([]rune(s)) > 28 {
		// Node cuts a long string before quoting it, and nothing else.
		v = rt.ToValue(string([]rune(s)[:25]) + "...")
	}
	return "type " + receivedType(v) + " (" + Inspect(rt, v) + ")"
}

func receivedType(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	if _, ok := v.(*goja.Object); ok {
		return "function"
	}
	switch v.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	if v.ExportType() != nil && v.ExportType().String() == "*big.Int" {
		return "bigint"
	}
	return "number"
}

// receivedGet reads a property without letting a throwing getter escape.
func receivedGet(rt *goja.Runtime, obj *goja.Object, name string) (v goja.Value) {
	_ = rt.Try(func() { v = obj.Get(name) })
	return v
}
