package check

import (
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/nodemodules"
)

// resolverFrom is the emulator with the code's folder: what a declared
// dependency runs as is decided where the code looks for node_modules.
type resolverFrom struct {
	*emulator.Emulator
	dir string
}

func (r resolverFrom) resolve(name, version string, action bool) emulator.Pin {
	return r.ResolveDependency(r.dir, name, version, action)
}

// shimVersion is the version of a built-in shim a require of name (at
// version, "" for none) gets when nothing is declared; "" when name is
// no shim, or the shim has no such version.
func (r resolverFrom) shimVersion(name, version string, action bool) string {
	m, ok := r.Module(name)
	if !ok || len(m.Versions) == 0 {
		return ""
	}
	v, _ := m.Resolve(version, action)
	return v
}

// dependencyChecks compare the npm packages the code requires with the
// ones the artifact declares: Auth0 installs the declared ones only, at
// their versions, and hookemu runs those versions when it can.
func dependencyChecks(requires []requireCall, e deploy.Entry, r resolverFrom) []Check {
	action := e.Kind == deploy.KindAction
	declared := map[string]string{}
	for _, d := range e.Dependencies {
		declared[d.Name] = d.Version
	}
	var checks []Check
	required := map[string]bool{}
	for _, rc := range requires {
		name, version := emulator.SplitModuleSpec(rc.spec)
		if !rc.known || !isNPMSpec(rc.spec, name) || required[packageName(name)] {
			continue
		}
		pkg := packageName(name)
		required[pkg] = true
		c := Check{Name: "dependency " + pkg, Line: rc.line}
		want, ok := declared[pkg]
		switch {
		case !ok:
			checks = append(checks, undeclaredCheck(c, rc.spec, pkg, version, e.Kind, r))
		case version != "" && !versionsAgree(version, want):
			c.Status = Warn
			c.Message = fmt.Sprintf("require('%s') asks for %s %s, but the %s declares %s %s: Auth0 installs the declared one", rc.spec, pkg, version, e.Kind, pkg, want)
			c.Fix = fmt.Sprintf("make them agree: declare the version you tested and write require('%s')", pkg)
			checks = append(checks, c)
		default:
			checks = append(checks, pinCheck(c, r.resolve(pkg, want, action)))
		}
	}
	for _, d := range e.Dependencies {
		if required[d.Name] {
			continue
		}
		if pin := r.resolve(d.Name, d.Version, action); pin.Unavailable() || pin.Core {
			checks = append(checks, pinCheck(Check{Name: "dependency " + d.Name}, pin))
		}
	}
	return checks
}

// isNPMSpec tells a package from a file, a shared Action module and
// Node's core modules, which Auth0 never installs.
func isNPMSpec(spec, name string) bool {
	return !strings.HasPrefix(spec, "actions:") && !strings.HasPrefix(spec, "node:") && !isPath(name) &&
		!nodemodules.IsCore(name)
}

func isPath(spec string) bool {
	return strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/")
}

// packageName is the package a spec names: "lodash" of "lodash/get",
// "@scope/pkg" of "@scope/pkg/sub".
func packageName(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// versionsAgree: a version written in the require matches the declared.
func versionsAgree(required, declared string) bool {
	return required == declared || nodemodules.VersionMatches(required, declared)
}

// undeclaredCheck: an Action gets only its declared dependencies; a Hook
// got Webtask's pre-installed copy of the modules hookemu builds in, at
// a default version, and nothing of any other package.
func undeclaredCheck(c Check, spec, pkg, version string, kind deploy.Kind, r resolverFrom) Check {
	action := kind == deploy.KindAction
	tested := r.shimVersion(pkg, version, action)
	if !action && tested != "" {
		c.Status = Warn
		c.Message = fmt.Sprintf("require('%s'): the hook does not declare %s among its dependencies, so it got Webtask's pre-installed copy (hookemu runs %s %s), not one you chose", spec, pkg, pkg, tested)
		c.Fix = fmt.Sprintf("declare %s in the hook's dependencies with the version you tested", pkg)
		return c
	}
	c.Status = Fail
	c.Message = fmt.Sprintf("require('%s'): the %s does not declare %s among its dependencies, and Auth0 installs only those, so the require throws Cannot find module", spec, kind, pkg)
	c.Fix = fmt.Sprintf("add %s to the %s's dependencies, with the version you tested", pkg, kind)
	if tested != "" {
		c.Fix += fmt.Sprintf(" (hookemu runs %s %s)", pkg, tested)
	}
	return c
}

// pinCheck says what runs for a declared dependency: the declared
// version, another one, or nothing.
func pinCheck(c Check, p emulator.Pin) Check {
	install := fmt.Sprintf("npm install %s@%s beside the code (or give --node-modules DIR) to check the version Auth0 installs", p.Name, p.Declared)
	switch {
	case p.Core:
		c.Status = Warn
		c.Message = fmt.Sprintf("%s %s is declared, but %s is one of Node's core modules: require('%s') loads Node's own, never the npm package", p.Name, p.Declared, p.Name, p.Name)
		c.Fix = "drop the dependency"
	case p.Exact && p.Emulated != "":
		c.Status, c.Message = Pass, fmt.Sprintf("%s %s is declared, and the calls run it at %s", p.Name, p.Declared, p.Emulated)
	case p.Exact:
		c.Status, c.Message = Pass, fmt.Sprintf("%s %s is declared, and the calls run the installed copy (%s)", p.Name, p.Declared, p.Installed)
	case p.Emulated != "":
		c.Status, c.Fix = Warn, install
		c.Message = fmt.Sprintf("%s %s is declared, but hookemu neither emulates that version nor finds it installed: the calls run %s %s, the nearest it emulates", p.Name, p.Declared, p.Name, p.Emulated)
	case p.Installed != "":
		c.Status, c.Fix = Warn, install
		c.Message = fmt.Sprintf("%s %s is declared, but node_modules holds another version (%s), which the calls run", p.Name, p.Declared, p.Installed)
	default:
		c.Status, c.Fix = Warn, install
		c.Message = fmt.Sprintf("%s %s is declared, but hookemu neither emulates %s nor finds it in node_modules: Auth0 installs it, hookemu cannot run it", p.Name, p.Declared, p.Name)
	}
	return c
}
