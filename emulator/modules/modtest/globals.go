package modtest

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
)

// Globals loads m as a require would and sets each of names, taken from
// its exports, as a global: the emulator's globals are their modules'
// exports (Buffer is require('buffer').Buffer, URL require('url').URL),
// so a test sees the very objects, with the run's limits, that a hook
// does.
func (e *Env) Globals(t testing.TB, m modules.Module, names ...string) {
	t.Helper()
	resolved, err := m.Resolve("", e.action)
	if err != nil {
		t.Fatalf("resolve %s: %v", m.Name, err)
	}
	exports, err := m.Load(e, resolved)
	if err != nil {
		t.Fatalf("load %s: %v", m.Name, err)
	}
	obj := exports.ToObject(e.RT)
	for _, name := range names {
		if err := e.RT.Set(name, obj.Get(name)); err != nil {
			t.Fatal(err)
		}
	}
}
