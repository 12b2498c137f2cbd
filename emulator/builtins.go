package emulator

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/axios"
)

// Builtins lists every module a hook can require: the one place modules
// are registered.
func Builtins() []modules.Module {
	return []modules.Module{
		axios.Module(),
		{Name: "process", Load: func(h modules.Host, _ string) (goja.Value, error) {
			return h.(*invocation).processObject(), nil
		}},
	}
}
