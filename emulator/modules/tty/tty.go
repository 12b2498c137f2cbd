// Package tty is Node's tty module as a send-phone-message run has it: no
// terminal at all. Packages ask it when they load (debug, used by
// follow-redirects and so by axios 0.19, checks tty.isatty on stderr to
// choose colours), so isatty answers false for every descriptor, as Node
// does when output goes to a file or a pipe, which is how Auth0 runs
// code; ReadStream and WriteStream exist for instanceof checks and throw
// ERR_HOOKEMU_UNSUPPORTED when constructed.
package tty

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/nodeerr"
)

// Name is what code passes to require (or node:tty).
const Name = "tty"

// Module describes require('tty').
func Module() modules.Module {
	return modules.Module{Name: Name, Load: func(h modules.Host, _ string) (goja.Value, error) {
		return exports(h.Runtime()), nil
	}}
}

func exports(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("isatty", func(goja.FunctionCall) goja.Value { return rt.ToValue(false) })
	_ = obj.Set("ReadStream", noTerminal(rt, "ReadStream"))
	_ = obj.Set("WriteStream", noTerminal(rt, "WriteStream"))
	return obj
}

// noTerminal is a class that cannot be constructed: there is no terminal
// to read or write.
func noTerminal(rt *goja.Runtime, name string) goja.Value {
	return rt.ToValue(func(goja.ConstructorCall) *goja.Object {
		panic(nodeerr.New(rt, "Error", "ERR_HOOKEMU_UNSUPPORTED",
			"tty."+name+" is not available in hookemu: a send-phone-message run has no terminal; write with console.log"))
	})
}
