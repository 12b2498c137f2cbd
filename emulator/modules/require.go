package modules

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/internal/bytesize"
)

// Requirer is a Host that can load another module for a module: Node's
// core modules build on each other (stream on events, zlib on stream), and
// the exports must be the very objects the hook's own require returns, so
// that `instanceof EventEmitter` holds across them.
type Requirer interface {
	LoadModule(name string) (goja.Value, error)
}

// Require loads the built-in module name (unversioned) through h.
func Require(h Host, name string) (goja.Value, error) {
	r, ok := h.(Requirer)
	if !ok {
		return nil, fmt.Errorf("this host cannot load %s for another module", name)
	}
	return r.LoadModule(name)
}

// MemoryBudget is a Host that knows the run's memory limit and ends the
// run, as Auth0 ends a container, when one allocation would pass it.
type MemoryBudget interface {
	MemoryLimit() int64
	// Reserve ends the run when bytes exceed the limit; it does not return
	// then (it panics with the error the script sees while it stops).
	Reserve(bytes int64, what string)
}

// DefaultMemoryCap bounds what a module materialises (a decompressed body)
// on a Host that has no memory budget: the default memory limit of a run.
const DefaultMemoryCap = 128 << 20

// MemoryLimit is the run's memory limit, or DefaultMemoryCap.
func MemoryLimit(h Host) int64 {
	if b, ok := h.(MemoryBudget); ok {
		return b.MemoryLimit()
	}
	return DefaultMemoryCap
}

// Reserve stops the run when bytes would pass its memory limit; on a Host
// without a budget it throws a RangeError naming the cap.
func Reserve(h Host, bytes int64, what string) {
	if b, ok := h.(MemoryBudget); ok {
		b.Reserve(bytes, what)
		return
	}
	if bytes > DefaultMemoryCap {
		rt := h.Runtime()
		msg := fmt.Sprintf("%s would need more than the cap of %s", what, bytesize.IEC(DefaultMemoryCap))
		obj, err := rt.New(rt.Get("RangeError"), rt.ToValue(msg))
		if err != nil {
			panic(rt.NewTypeError(msg))
		}
		panic(obj)
	}
}
