package emulator

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
)

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
	hint := fmt.Sprintf("hookemu emulates these modules: %s; for any other package, run npm install %s beside the hook (or give --node-modules DIR)",
		strings.Join(inv.em.ModuleNames(), ", "), name)
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "/") {
		hint = "a hook is a single file in Auth0: put the code of " + name + " into the hook itself"
	}
	return fmt.Errorf("Cannot find module '%s': %s", name, hint)
}
