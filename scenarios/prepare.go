package scenarios

import (
	"context"
	"errors"
	"fmt"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

// prepare compiles every hook the selected scenarios run, once each
// however many scenarios share it: compiling is the costliest step of a
// run that hooks make, and a compiled hook is safe to run from any
// number of goroutines.
func (r *Runner) prepare(selected []*Scenario) (*execution, error) {
	em := r.Emulator
	if em == nil {
		em = emulator.New(emulator.Config{})
	}
	ex := &execution{runner: r, em: em, hooks: map[string]*emulator.Hook{}, demo: map[string]map[string]string{}, held: map[string]map[string]string{}, updates: map[*File][]update{}, pending: map[int]Result{}}
	var errs LoadErrors
	limits := r.loadLimits(selected)
	for _, s := range selected {
		ref := r.ref(s)
		if s.Skip != "" || ref.key == "" {
			continue // not run, or the hook was not found (an error already)
		}
		if _, done := ex.hooks[ref.key]; done {
			continue
		}
		hook, src, err := loadHook(em, ref, limits[ref.key])
		if err != nil {
			errs = append(errs, &LoadError{File: s.File, Line: ref.line, Column: ref.column, Message: err.Error()})
		}
		ex.hooks[ref.key], ex.demo[ref.key] = hook, src.Demo
		if src.Deploy != nil {
			ex.held[ref.key] = src.Deploy.SecretValues()
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	ex.invoker = r.Invoker
	if ex.invoker == nil {
		local := NewLocalInvoker(em)
		for key, hook := range ex.hooks {
			local.add(key, hook)
		}
		ex.invoker = local
	}
	return ex, nil
}

// Check compiles the hooks of the scenarios Run would run (every
// scenario, when the selection finds none) and of those in files that
// did not load, as far as they could be read, and returns what cannot be
// loaded, without running anything. With the errors of Load, it lists
// everything there is to fix in one round, even when some files did not
// load: a syntax error in a hook need not wait for the YAML to be fixed.
func (r *Runner) Check(suite *Suite) LoadErrors {
	selected, err := r.selectScenarios(suite)
	if err != nil {
		selected = suite.Scenarios()
	}
	_, err = r.prepare(append(selected, suite.unloaded...))
	var list LoadErrors
	errors.As(err, &list)
	return list
}

// loadLimits bound loading each hook (its top-level code runs then) by
// the scenarios that run it: the most generous of their limits, since
// each run evaluates that code again under its own scenario's. A memory
// limit of zero is the emulator's, which any other would narrow.
func (r *Runner) loadLimits(selected []*Scenario) map[string]emulator.LoadOptions {
	limits := map[string]emulator.LoadOptions{}
	unlimited := map[string]bool{} // some scenario leaves the memory limit to the emulator
	for _, s := range selected {
		key := r.ref(s).key
		opts := limits[key]
		opts.Timeout = max(opts.Timeout, r.timeout(s))
		opts.Memory = max(opts.Memory, s.Memory)
		unlimited[key] = unlimited[key] || s.Memory == 0
		if unlimited[key] {
			opts.Memory = 0
		}
		limits[key] = opts
	}
	return limits
}

// loadHook compiles the hook within limits, and returns its source: its
// demo secrets when it is a documented hook left unchanged, and what an
// artifact entry declares. Top-level code that runs past the limits is no
// load error: every run of the hook reports it.
func loadHook(em *emulator.Emulator, ref hookRef, limits emulator.LoadOptions) (*emulator.Hook, harness.Source, error) {
	src, err := readHook(ref)
	if err != nil {
		return nil, src, err
	}
	declared := src.LoadOptions()
	limits.Dir = declared.Dir
	limits.Runtime = ref.runtime
	if limits.Runtime == "" {
		limits.Runtime = declared.Runtime
	}
	limits.Dependencies = declared.Dependencies
	limits.NodeModules = ref.nodeModules
	hook, err := em.LoadWith(context.Background(), ref.name, src.Code, limits)
	if err != nil {
		return nil, src, fmt.Errorf("hook %s cannot be loaded: %w", ref.name, err)
	}
	return hook, src, nil
}

// ref is the hook s runs, on the runtime it runs on: its runtime: key's,
// else the Runner's (hookemu test --runtime); an artifact's own comes
// after both (loadHook).
func (r *Runner) ref(s *Scenario) hookRef {
	return s.hook.withRuntime(r.Runtime)
}
