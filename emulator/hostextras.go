package emulator

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

var (
	_ modules.Requirer     = (*invocation)(nil)
	_ modules.MemoryBudget = (*invocation)(nil)
)

// LoadModule loads a built-in module for another one (stream builds on
// events), sharing the hook's own require cache so both see one
// EventEmitter.
func (inv *invocation) LoadModule(name string) (goja.Value, error) { return inv.load(name, "") }

// MemoryLimit is the run's memory limit.
func (inv *invocation) MemoryLimit() int64 { return inv.memLimit }

// Reserve ends the run when bytes would pass its memory limit.
func (inv *invocation) Reserve(bytes int64, what string) { inv.reserve(float64(bytes), what) }
