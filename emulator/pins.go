package emulator

import (
	"fmt"
	"maps"
	"strings"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/nodemodules"
)

// Pin says what runs for one dependency an artifact declares: the
// built-in shim at the declared version, the installed package of that
// version, or, when hookemu has neither, a stand-in (Exact false).
type Pin struct {
	Name, Declared string
	// Emulated is the shim version that runs; "" when an installed
	// package runs (Installed, its virtual path) or nothing can.
	Emulated  string
	Installed string
	// Exact is set when what runs is the declared version.
	Exact bool
	// Core is set for a name of Node's core modules: Node's own module
	// wins over any package of that name, as it does in Node.
	Core bool
}

// Unavailable reports whether hookemu can run neither the declared
// version nor any copy of the package.
func (p Pin) Unavailable() bool {
	return !p.Core && p.Emulated == "" && p.Installed == ""
}

// noVersion are declared versions that pin nothing: any copy will do.
func noVersion(v string) bool {
	v = strings.TrimSpace(v)
	return v == "" || v == "latest" || v == "*" || v == "x"
}

// packageOf is the package a bare spec names: "lodash" of "lodash/get",
// "@scope/pkg" of "@scope/pkg/sub".
func packageOf(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// ResolveDependency says what a bare require(name) runs in a hook in dir
// (with the emulator's --node-modules folders) when the artifact declares
// name at version: for hookemu check, which reports it before running.
func (e *Emulator) ResolveDependency(dir, name, version string, action bool) Pin {
	search, err := nodemodules.NewSearch(dir, e.cfg.NodeModules)
	if err != nil {
		return Pin{Name: name, Declared: version}
	}
	return e.pin(nodemodules.NewLoader(search), nil, name, version, action)
}

// pin resolves a declared dependency. The shim wins, as for any
// require, unless --prefer-node-modules asks for the installed copy; a
// version the shim does not emulate is taken from node_modules when one
// of that version is installed, else the shim's nearest version stands
// in. A package hookemu does not build in runs from node_modules: the
// declared version when installed, else whatever copy is.
func (e *Emulator) pin(loader *nodemodules.Loader, from *nodemodules.File, name, version string, action bool) Pin {
	p := Pin{Name: name, Declared: version, Core: nodemodules.IsCore(name)}
	if p.Core {
		return p
	}
	m, builtin := e.modules[name]
	preferInstalled := e.prefer[name] || (e.prefer["*"] && loader.Installed(name))
	if builtin && !preferInstalled {
		if resolved, err := m.Resolve(version, action); err == nil {
			p.Emulated, p.Exact = resolved, true
			return p
		}
	}
	if noVersion(version) {
		if f, err := loader.Resolve(from, name); err == nil {
			p.Installed, p.Exact = f.Virtual, true
			return p
		}
	} else if f, err := loader.ResolveVersion(from, name, version); err == nil {
		p.Installed, p.Exact = f.Virtual, true
		return p
	}
	if builtin && !preferInstalled {
		p.Emulated = m.Nearest(version, action)
		return p
	}
	if f, err := loader.Resolve(from, name); err == nil {
		p.Installed = f.Virtual
	}
	return p
}

// pinnedVersion is the declared version of the package spec names, when
// the code's artifact declares it and spec pins no version of its own.
func (h *Hook) pinnedVersion(spec, version string, core bool) (string, bool) {
	if version != "" || core || len(h.dependencies) == 0 {
		return "", false
	}
	v, ok := h.dependencies[packageOf(spec)]
	return v, ok
}

// requirePinned loads a declared dependency as pin resolves it, and
// says once, as a warning, when what runs is not the declared version.
// ok is false when nothing pinned can run: the caller goes on as for an
// undeclared require, so its error names what is missing.
func (inv *invocation) requirePinned(from *nodemodules.File, spec, declared string) (exports goja.Value, ok bool, err error) {
	name := packageOf(spec)
	p := inv.em.pin(inv.packages(), from, name, declared, inv.Action())
	if !p.Exact && !p.Unavailable() {
		ran := p.Installed
		if p.Emulated != "" {
			ran = fmt.Sprintf("%s %s, the nearest version hookemu emulates", name, p.Emulated)
		}
		inv.problemOnce("pin:"+name, SeverityWarning, fmt.Sprintf(
			"%s %s is declared, but hookemu has no copy of that version and ran %s instead; npm install %s@%s beside the hook (or give --node-modules DIR) to run the declared one",
			name, declared, ran, name, declared))
	}
	switch {
	case p.Emulated != "" && spec == name:
		exports, err = inv.load(name, p.Emulated)
		return exports, true, err
	case p.Installed == "":
		return nil, false, nil
	case noVersion(declared) || !p.Exact:
		exports, err = inv.instantiate(inv.packages().Resolve(from, spec))
	default:
		exports, err = inv.instantiate(inv.packages().ResolveVersion(from, spec, declared))
	}
	return exports, true, err
}

// copyDependencies keeps the load options' pins out of the caller's reach.
func copyDependencies(deps map[string]string) map[string]string {
	if len(deps) == 0 {
		return nil
	}
	return maps.Clone(deps)
}
