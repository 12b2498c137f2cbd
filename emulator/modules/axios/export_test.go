package axios

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// ModuleForcingJS is Module with every call going through axios.js, as
// it did before the native path existed: tests compare the two.
func ModuleForcingJS() modules.Module {
	m := Module()
	m.Load = func(h modules.Host, version string) (goja.Value, error) {
		mod, err := newModule(h, version)
		if err != nil {
			return nil, err
		}
		mod.forceJS = true
		mod.upgrade()
		return mod.shells[0].proxy, nil
	}
	return m
}

// ModuleWithProbe is Module whose Load also reports, through upgraded,
// whether the runtime's axios has run axios.js yet.
func ModuleWithProbe(upgraded *func() bool) modules.Module {
	m := Module()
	m.Load = func(h modules.Host, version string) (goja.Value, error) {
		mod, err := newModule(h, version)
		if err != nil {
			return nil, err
		}
		*upgraded = func() bool { return mod.upgraded }
		return mod.shells[0].proxy, nil
	}
	return m
}
