package lazy

import "github.com/dop251/goja"

// Global defines the global name in rt, built on first access; it then
// becomes the writable, configurable, non-enumerable data property Node
// has. It is how the Node globals a hook rarely touches (Buffer, URL,
// TextEncoder, ...) avoid costing every invocation their construction.
func Global(rt *goja.Runtime, name string, build func() goja.Value) {
	global := rt.GlobalObject()
	settle := func(v goja.Value) {
		_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	get := rt.ToValue(func(goja.FunctionCall) goja.Value {
		v := build()
		settle(v)
		return v
	})
	set := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		settle(call.Argument(0))
		return goja.Undefined()
	})
	_ = global.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
