package modules

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// Script is a module surface written in JavaScript, compiled once per
// process and run in each runtime that requires it. Shims use JS where the
// library's semantics are JS semantics (promise chains of interceptors,
// prototypes of error classes) and Go for everything that touches I/O.
//
// The source must be a single function expression taking the native
// bindings object and returning the module's exports.
type Script struct {
	name, source string
	once         sync.Once
	program      *goja.Program
	err          error
}

// NewScript prepares a script; compilation happens on first use.
func NewScript(name, source string) *Script {
	return &Script{name: name, source: source}
}

// Call runs the script's factory in rt with native and returns what it
// returns.
func (s *Script) Call(rt *goja.Runtime, native any) (goja.Value, error) {
	s.once.Do(func() {
		s.program, s.err = goja.Compile(s.name, "("+s.source+")", true)
	})
	if s.err != nil {
		return nil, fmt.Errorf("compile %s: %w", s.name, s.err)
	}
	factory, err := rt.RunProgram(s.program)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(factory)
	if !ok {
		return nil, fmt.Errorf("%s does not evaluate to a function", s.name)
	}
	return fn(goja.Undefined(), rt.ToValue(native))
}
