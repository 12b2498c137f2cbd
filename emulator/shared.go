package emulator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// loadShared is require('actions:NAME'): an Action's shared module, from
// the folder the user named, compiled once per emulator and evaluated once
// per run.
func (inv *invocation) loadShared(name string) (goja.Value, error) {
	key := "actions:" + name
	if exports, ok := inv.required[key]; ok {
		return exports, nil
	}
	if !inv.actionOnly() {
		return nil, fmt.Errorf("Cannot find module '%s': shared modules (actions:NAME) exist only for Actions, not Hooks", key)
	}
	prog, path, err := inv.em.sharedProgram(name)
	if err != nil {
		return nil, err
	}
	inv.installNodeExtras()
	exports, err := inv.evaluateModule(prog, path)
	if err != nil {
		return nil, fmt.Errorf("require('%s') threw while loading %s: %w", key, path, err)
	}
	inv.required[key] = exports
	return exports, nil
}

// sharedModulesDirExists fails a load when the folder of shared modules
// named in the configuration is not a folder, so a mistyped --actions-dir
// is said at once rather than at the first require('actions:NAME').
func (e *Emulator) sharedModulesDirExists(file string) error {
	if err := CheckSharedModulesDir(e.cfg.SharedModulesDir); err != nil {
		return &LoadError{File: file, Message: err.Error()}
	}
	return nil
}

// CheckSharedModulesDir says why dir cannot be the folder of an Action's
// shared modules; "" (none) is fine. The CLI asks it before anything runs.
func CheckSharedModulesDir(dir string) error {
	if dir == "" {
		return nil
	}
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("--actions-dir %s cannot be read (%w): give the folder that holds your shared modules (NAME.js or NAME/index.js)", dir, err)
	case !info.IsDir():
		return fmt.Errorf("--actions-dir %s is a file: give the folder that holds your shared modules (NAME.js or NAME/index.js)", dir)
	}
	return nil
}

func (e *Emulator) sharedProgram(name string) (*goja.Program, string, error) {
	if e.cfg.SharedModulesDir == "" {
		return nil, "", fmt.Errorf("Cannot find module 'actions:%s': name the folder of your shared modules (--actions-dir DIR)", name)
	}
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return nil, "", fmt.Errorf("Cannot find module 'actions:%s': a shared module's name is a plain name such as actions:sms-client", name)
	}
	for _, path := range []string{filepath.Join(e.cfg.SharedModulesDir, name+".js"), filepath.Join(e.cfg.SharedModulesDir, name, "index.js")} {
		if prog, ok := e.shared.Load(path); ok {
			return prog.(*goja.Program), path, nil
		}
		src, err := hostfile.Read(path, hostfile.MaxHookBytes)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err == nil {
			err = hostfile.CheckText(src)
		}
		if err != nil {
			return nil, "", fmt.Errorf("Cannot read module 'actions:%s': %w", name, err)
		}
		prog, err := compile(filepath.Base(path), string(src))
		if err != nil {
			return nil, "", err
		}
		e.shared.Store(path, prog)
		return prog, path, nil
	}
	return nil, "", fmt.Errorf("Cannot find module 'actions:%s': no %s.js or %s/index.js in %s", name, name, name, e.cfg.SharedModulesDir)
}

// evaluateModule runs a compiled CommonJS wrapper with fresh module and
// exports objects and returns module.exports.
func (inv *invocation) evaluateModule(prog *goja.Program, filename string) (goja.Value, error) {
	wrapper, err := inv.rt.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(wrapper)
	module := inv.rt.NewObject()
	exports := inv.rt.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("filename", filename)
	if _, err := fn(exports, exports, inv.rt.Get("require"), module, inv.rt.ToValue(filename), inv.rt.ToValue(filepath.Dir(filename))); err != nil {
		return nil, err
	}
	return module.Get("exports"), nil
}
