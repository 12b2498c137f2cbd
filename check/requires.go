package check

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/internal/jsast"
)

// registry is what the require check asks of the emulator;
// *emulator.Emulator is one.
type registry interface {
	ModuleNames() []string
	Module(name string) (modules.Module, bool)
	// Installed is the virtual path of the file require(spec) loads from
	// the node_modules folders a hook in dir sees.
	Installed(dir, spec string) (string, error)
}

var _ registry = (*emulator.Emulator)(nil)

// installedFrom is the emulator with the hook's folder, so a require of
// an installed package is checked where the hook will look for it.
type installedFrom struct {
	*emulator.Emulator
	dir string
}

func (i installedFrom) Installed(_, spec string) (string, error) {
	return i.Emulator.Installed(i.dir, spec)
}

// requireCall is one require(...) of the code's own (not a local
// function that happens to be called require).
type requireCall struct {
	spec  string
	known bool // false for require(name) with a computed name
	line  int
}

func findRequires(an *analysis) []requireCall {
	var out []requireCall
	for _, call := range an.calls {
		callee := asIdentifier(call.Callee)
		if !an.isWrapperParam(callee, "require") || reassigned(an, callee) {
			continue
		}
		rc := requireCall{line: an.line(call.Idx0())}
		if len(call.ArgumentList) > 0 {
			rc.spec, rc.known = jsast.ConstKey(call.ArgumentList[0])
		}
		out = append(out, rc)
	}
	return out
}

// reassigned: var require = myLoader makes require the hook's own.
func reassigned(an *analysis, id *ast.Identifier) bool {
	b := an.bindingOf(id)
	return b != nil && len(b.sources) > 0
}

// requireChecks gives one check per module required: which emulated
// version it gets, or why hookemu (and in most cases Auth0) cannot load it.
// pins are the versions a deploy artifact declares (nil without one): a
// bare require of a declared module gets that version.
func requireChecks(calls []requireCall, reg registry, prof profile, pins map[string]string) []Check {
	var checks []Check
	seen := map[string]bool{}
	npm := map[string]bool{}
	for _, rc := range calls {
		if rc.known && seen[rc.spec] {
			continue
		}
		seen[rc.spec] = true
		checks = append(checks, requireCheck(rc, reg, prof, pins))
		if name, _ := emulator.SplitModuleSpec(rc.spec); isNPM(reg, name) {
			npm[name] = true
		}
	}
	if prof.maxModules > 0 && len(npm) > prof.maxModules {
		checks = append(checks, Check{Name: "dependencies", Status: Fail,
			Message: fmt.Sprintf("%d npm modules, but Auth0 allows at most %d", len(npm), prof.maxModules),
			Fix:     "drop the modules it can do without (Node 18 has fetch for HTTP)"})
	}
	if len(checks) == 0 {
		checks = append(checks, Check{Name: "requires", Status: Pass, Message: "requires no modules"})
	}
	return checks
}

// isNPM tells an npm package (versioned) from a Node built-in.
func isNPM(reg registry, name string) bool {
	m, ok := reg.Module(name)
	return ok && len(m.Versions) > 0
}

func requireCheck(rc requireCall, reg registry, prof profile, pins map[string]string) Check {
	if !rc.known {
		return Check{Name: "require", Status: Warn, Line: rc.line,
			Message: "require() with a computed name: which module it loads cannot be checked",
			Fix:     "require each module by its literal name: require('axios')"}
	}
	c := Check{Name: "require " + rc.spec, Line: rc.line}
	name, version := emulator.SplitModuleSpec(rc.spec)
	switch {
	case strings.HasPrefix(name, ".") || strings.HasPrefix(name, "/"):
		c.Status = Fail
		c.Message = fmt.Sprintf("require('%s'): in Auth0 the code is one file, with nothing beside it to load", rc.spec)
		c.Fix = fmt.Sprintf("paste the code of %s into the file", rc.spec)
		return c
	case strings.HasPrefix(rc.spec, "actions:"):
		c.Status = Warn
		c.Message = fmt.Sprintf("require('%s'): shared Action modules are not checked yet", rc.spec)
		return c
	}
	m, ok := reg.Module(name)
	if declared, pinned := pins[name]; pinned && version == "" && ok && len(m.Versions) > 0 {
		return pinnedCheck(c, m, declared, prof)
	}
	if !ok {
		return installedCheck(c, rc, reg, prof)
	}
	return resolvedCheck(c, m, version, prof)
}

// pinnedCheck names the version a bare require of a declared module
// gets; whether hookemu has that very version is the dependency check's.
func pinnedCheck(c Check, m modules.Module, declared string, prof profile) Check {
	resolved, err := m.Resolve(declared, prof.kind == emulator.KindAction)
	if err != nil {
		c.Status = Pass
		c.Message = fmt.Sprintf("%s (declared %s in the dependencies; see the dependency check for what hookemu runs)", m.Name, declared)
		return c
	}
	c.Status, c.Message = Pass, fmt.Sprintf("%s@%s (declared %s in the dependencies)", m.Name, resolved, declared)
	return c
}

// installedCheck checks a require of a module hookemu does not build in:
// fine when node_modules holds it (Auth0 installs it from the Action's
// dependencies, or Webtask from npm), and why not otherwise.
func installedCheck(c Check, rc requireCall, reg registry, prof profile) Check {
	name, version := emulator.SplitModuleSpec(rc.spec)
	path, err := reg.Installed("", rc.spec)
	var nmErr *nodemodules.Error
	switch {
	case err == nil:
		c.Status = Pass
		c.Message = fmt.Sprintf("%s is installed: hookemu runs the real package (%s)", name, path)
		if prof.kind == emulator.KindAction {
			c.Message += "; Auth0 needs it among the Action's dependencies, with the version you tested"
		}
		return c
	case errors.As(err, &nmErr) && nmErr.Code != nodemodules.CodeNotFound:
		c.Status, c.Message = Fail, err.Error()
		c.Fix = "use a package (or a version of it) with a CommonJS build that runs on Node's core modules"
		return c
	case version != "":
		c.Status, c.Message = Fail, err.Error()
		c.Fix = fmt.Sprintf("npm install %s@%s beside the hook, or require the version that is installed", name, version)
		return c
	}
	c.Status = Fail
	c.Message = fmt.Sprintf("require('%s'): hookemu does not emulate %s; it emulates %s", rc.spec, name, strings.Join(reg.ModuleNames(), ", "))
	c.Fix = fmt.Sprintf("npm install %s beside the hook (or give --node-modules DIR) to run the real package, or use one of the emulated modules instead (axios for HTTP)", name)
	return c
}

// resolvedCheck names the version a require gets, as Auth0 pinned it.
func resolvedCheck(c Check, m modules.Module, version string, prof profile) Check {
	resolved, err := m.Resolve(version, prof.kind == emulator.KindAction)
	switch {
	case err != nil:
		c.Status, c.Message = Fail, err.Error()
		c.Fix = "pin a version hookemu emulates: " + strings.Join(m.Versions, ", ")
	case len(m.Versions) == 0:
		c.Status, c.Message = Pass, m.Name+" (built in)"
	case version != "" && prof.kind == emulator.KindAction:
		problem, fix := emulator.PinnedInAction(m.Name, version)
		c.Status, c.Message, c.Fix = Fail, fmt.Sprintf("%s (hookemu runs it with %s %s)", problem, m.Name, resolved), fix
	case version == "":
		c.Status = Pass
		c.Message = fmt.Sprintf("%s@%s (no version pinned: the default for %s)", m.Name, resolved, kindName(prof.kind))
	case version == resolved:
		c.Status, c.Message = Pass, fmt.Sprintf("%s@%s (pinned)", m.Name, resolved)
	default:
		c.Status, c.Message = Pass, fmt.Sprintf("%s@%s (pinned as %s)", m.Name, resolved, version)
	}
	return c
}
