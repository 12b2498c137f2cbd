package modtest

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

var (
	_ modules.Requirer     = (*Env)(nil)
	_ modules.MemoryBudget = (*Env)(nil)
)

// Provide makes modules loadable by other modules through LoadModule (stream
// needs events), as the emulator's registry does for a hook.
func (e *Env) Provide(ms ...modules.Module) {
	if e.provided == nil {
		e.provided = map[string]modules.Module{}
		e.loaded = map[string]goja.Value{}
	}
	for _, m := range ms {
		e.provided[m.Name] = m
	}
}

// LoadModule implements modules.Requirer over the provided modules, loading
// each once.
func (e *Env) LoadModule(name string) (goja.Value, error) {
	if v, ok := e.loaded[name]; ok {
		return v, nil
	}
	m, ok := e.provided[name]
	if !ok {
		return nil, fmt.Errorf("Cannot find module '%s': the test did not Provide it", name)
	}
	v, err := m.Load(e, "")
	if err != nil {
		return nil, err
	}
	e.loaded[name] = v
	return v, nil
}

// SetMemory sets the memory limit the Env reports (modules.DefaultMemoryCap
// unless set).
func (e *Env) SetMemory(limit int64) { e.memory = limit }

// MemoryLimit implements modules.MemoryBudget.
func (e *Env) MemoryLimit() int64 {
	if e.memory > 0 {
		return e.memory
	}
	return modules.DefaultMemoryCap
}

// Reserve implements modules.MemoryBudget: over the limit it throws a
// RangeError (the emulator ends the run instead) and records that it did.
func (e *Env) Reserve(bytes int64, what string) {
	if bytes <= e.MemoryLimit() {
		return
	}
	e.mu.Lock()
	e.overMemory = append(e.overMemory, what)
	e.mu.Unlock()
	obj, err := e.RT.New(e.RT.Get("RangeError"), e.RT.ToValue(what+" would need more than the memory limit"))
	if err != nil {
		panic(err)
	}
	panic(obj)
}

// OverMemory lists what asked Reserve for more than the limit.
func (e *Env) OverMemory() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.overMemory...)
}
