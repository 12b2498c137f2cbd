package emulator

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// require is the hook's require: module names as Webtask accepted them,
// with an optional pinned version (require('axios@0.19.2'),
// require('@scope/name@1.0.0')) and Node's "node:" prefix for built-ins.
func (inv *invocation) require(call goja.FunctionCall) goja.Value {
	spec := call.Argument(0)
	if _, ok := spec.Export().(string); !ok {
		panic(inv.rt.NewTypeError(`The "id" argument must be of type string. Received ` + describeJS(spec)))
	}
	var exports goja.Value
	var err error
	if shared, ok := strings.CutPrefix(spec.String(), "actions:"); ok {
		exports, err = inv.loadShared(shared)
	} else {
		name, version := SplitModuleSpec(spec.String())
		exports, err = inv.load(name, version)
	}
	if err != nil {
		inv.problemOnce("require:"+spec.String(), SeverityError, err.Error())
		panic(modules.NewError(inv.rt, err.Error(), map[string]any{"code": "MODULE_NOT_FOUND"}))
	}
	return exports
}

// SplitModuleSpec splits "name@version" (and "@scope/name@version");
// version is "" when none is pinned.
func SplitModuleSpec(spec string) (name, version string) {
	spec = strings.TrimPrefix(spec, "node:")
	from := 0
	if strings.HasPrefix(spec, "@") {
		from = 1
	}
	if i := strings.Index(spec[from:], "@"); i >= 0 {
		return spec[:from+i], spec[from+i+1:]
	}
	return spec, ""
}

// load returns a module's exports, loading it once per runtime and version.
func (inv *invocation) load(name, version string) (goja.Value, error) {
	m, ok := inv.em.modules[name]
	if !ok {
		return nil, inv.notFound(name)
	}
	resolved, err := m.Resolve(version, inv.Action())
	if err != nil {
		return nil, err
	}
	key := name + "@" + resolved
	if exports, ok := inv.required[key]; ok {
		return exports, nil
	}
	exports, err := m.Load(inv, resolved)
	if err != nil {
		return nil, fmt.Errorf("require('%s'): %w", name, err)
	}
	inv.required[key] = exports
	return exports, nil
}

func (inv *invocation) notFound(name string) error {
	hint := "hookemu emulates these modules: " + strings.Join(inv.em.ModuleNames(), ", ")
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "/") {
		hint = "a hook is a single file in Auth0: put the code of " + name + " into the hook itself"
	}
	return fmt.Errorf("Cannot find module '%s': %s", name, hint)
}
