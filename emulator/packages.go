package emulator

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/nodemodules"
)

// requireFrom is require(spec) in the code of from, a package file, or of
// the hook itself when from is nil. Built-in modules win, as Auth0's own
// copies would; --prefer-node-modules lets an installed package win over
// a built-in shim (never over Node's core modules, as in Node). Anything
// else comes from node_modules.
func (inv *invocation) requireFrom(from *nodemodules.File, spec string) (goja.Value, error) {
	if shared, ok := strings.CutPrefix(spec, "actions:"); ok && from == nil {
		return inv.loadShared(shared)
	}
	if isPath(spec) {
		if from == nil {
			return nil, inv.notFound(spec)
		}
		return inv.instantiate(inv.packages().Resolve(from, spec))
	}
	name, version := SplitModuleSpec(spec)
	core := strings.HasPrefix(spec, "node:") || nodemodules.IsCore(name)
	declared, pinned := inv.hook.pinnedVersion(name, version, core)
	if _, builtin := inv.em.modules[name]; builtin && (core || !inv.prefersInstalled(name)) {
		if pinned {
			if exports, ok, err := inv.requirePinned(from, name, declared); ok {
				return exports, err
			}
		}
		return inv.load(name, version)
	}
	if pinned && from == nil {
		if exports, ok, err := inv.requirePinned(from, name, declared); ok {
			return exports, err
		}
	}
	switch {
	case core && !nodemodules.IsCore(name):
		return nil, &nodemodules.Error{Code: "ERR_UNKNOWN_BUILTIN_MODULE", Message: "No such built-in module: " + spec}
	case core:
		return nil, &nodemodules.Error{Code: nodemodules.CodeUnsupported, Message: fmt.Sprintf(
			"Cannot load Node's core module '%s'%s: hookemu does not emulate it, so code that needs it cannot run in hookemu", name, requiredFrom(from))}
	case inv.hook.nodeModules.Empty() && from == nil:
		return nil, inv.notFound(name)
	case version != "":
		name, version = versionedPath(name, version)
		return inv.instantiate(inv.packages().ResolveVersion(from, name, version))
	}
	f, err := inv.packages().Resolve(from, name)
	if err != nil && from == nil && !inv.packages().Installed(name) {
		return nil, inv.notFound(name)
	}
	return inv.instantiate(f, err)
}

// prefersInstalled reports whether --prefer-node-modules asks for the
// installed package called name instead of the built-in shim: named, it
// must be installed; "*" takes it when it is.
func (inv *invocation) prefersInstalled(name string) bool {
	switch {
	case inv.em.prefer[name]:
		return true
	case inv.em.prefer["*"]:
		return inv.packages().Installed(name)
	}
	return false
}

// packages is the run's loader of installed packages.
func (inv *invocation) packages() *nodemodules.Loader {
	if inv.nodeModules == nil {
		inv.nodeModules = nodemodules.NewLoader(inv.hook.nodeModules)
	}
	return inv.nodeModules
}

// instantiate returns the exports of f, evaluating it once per run; a
// module that requires itself, directly or round a circle, gets the
// exports as they stand, as in Node.
func (inv *invocation) instantiate(f *nodemodules.File, err error) (goja.Value, error) {
	if err != nil {
		return nil, err
	}
	if module, ok := inv.packageModules[f.Real]; ok && inv.cache().Get(f.Virtual) == module {
		return module.Get("exports"), nil
	}
	compiled, err := inv.packages().Load(inv.em.programs, f)
	if err != nil {
		return nil, err
	}
	if compiled.NodeExtras {
		inv.installNodeExtras()
	}
	module := inv.moduleObject(f)
	if inv.packageModules == nil {
		inv.packageModules = map[string]*goja.Object{}
	}
	inv.packageModules[f.Real] = module
	_ = inv.cache().Set(f.Virtual, module)
	if err := inv.evaluatePackageFile(f, compiled, module); err != nil {
		delete(inv.packageModules, f.Real)
		_ = inv.cache().Delete(f.Virtual)
		return nil, err
	}
	_ = module.Set("loaded", true)
	return module.Get("exports"), nil
}

func (inv *invocation) evaluatePackageFile(f *nodemodules.File, compiled *nodemodules.Compiled, module *goja.Object) error {
	if compiled.Program == nil {
		parse, _ := goja.AssertFunction(inv.rt.Get("JSON").ToObject(inv.rt).Get("parse"))
		if parse == nil {
			return errors.New("JSON.parse is gone")
		}
		v, err := parse(goja.Undefined(), inv.rt.ToValue(compiled.JSON))
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return &nodemodules.Error{Code: nodemodules.CodeSyntax, Message: f.Virtual + ": " + ex.Value().String()}
		}
		if err != nil {
			return err
		}
		return module.Set("exports", v)
	}
	wrapper, err := inv.rt.RunProgram(compiled.Program)
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(wrapper)
	if !ok {
		return fmt.Errorf("%s did not compile to a module", f.Virtual)
	}
	exports := module.Get("exports")
	_, err = fn(exports, exports, module.Get("require"), module, inv.rt.ToValue(f.Virtual), inv.rt.ToValue(f.Dir()))
	return err
}

// cache is require.cache, made at first use.
func (inv *invocation) cache() *goja.Object {
	if inv.requireCache == nil {
		inv.requireCache = inv.rt.NewObject()
	}
	return inv.requireCache
}

// moduleObject is Node's module for f, with its own require.
func (inv *invocation) moduleObject(f *nodemodules.File) *goja.Object {
	module := inv.rt.NewObject()
	_ = module.Set("id", f.Virtual)
	_ = module.Set("path", f.Dir())
	_ = module.Set("exports", inv.rt.NewObject())
	_ = module.Set("filename", f.Virtual)
	_ = module.Set("loaded", false)
	_ = module.Set("children", inv.rt.NewArray())
	_ = module.Set("paths", inv.rt.NewArray())
	_ = module.Set("require", inv.requireFunction(f))
	return module
}

// requireFunction is the require of the code of from (nil: the hook),
// with require.resolve.
func (inv *invocation) requireFunction(from *nodemodules.File) *goja.Object {
	req := jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		spec := inv.specArgument(call)
		exports, err := inv.requireFrom(from, spec)
		if err != nil {
			if from == nil {
				inv.reportRequireError(spec, err)
			}
			panic(inv.throwable(err))
		}
		return exports
	}), "require").ToObject(inv.rt)
	_ = req.Set("resolve", jsName(inv.rt, inv.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		resolved, err := inv.resolveFrom(from, inv.specArgument(call))
		if err != nil {
			panic(inv.throwable(err))
		}
		return inv.rt.ToValue(resolved)
	}), "resolve"))
	_ = req.Set("cache", inv.cache())
	return req
}

// resolveFrom is require.resolve: the virtual path of the file spec
// loads, or the name of a built-in module.
func (inv *invocation) resolveFrom(from *nodemodules.File, spec string) (string, error) {
	if isPath(spec) {
		if from == nil {
			return "", inv.notFound(spec)
		}
		f, err := inv.packages().Resolve(from, spec)
		if err != nil {
			return "", err
		}
		return f.Virtual, nil
	}
	name, version := SplitModuleSpec(spec)
	core := strings.HasPrefix(spec, "node:") || nodemodules.IsCore(name)
	if _, builtin := inv.em.modules[name]; builtin && (core || !inv.prefersInstalled(name)) {
		return spec, nil
	}
	var f *nodemodules.File
	var err error
	if declared, pinned := inv.hook.pinnedVersion(name, version, core); pinned && from == nil && !noVersion(declared) {
		if f, err = inv.packages().ResolveVersion(nil, name, declared); err == nil {
			return f.Virtual, nil
		}
	}
	if version != "" {
		name, version = versionedPath(name, version)
		f, err = inv.packages().ResolveVersion(from, name, version)
	} else {
		f, err = inv.packages().Resolve(from, name)
	}
	if err != nil {
		return "", err
	}
	return f.Virtual, nil
}

func (inv *invocation) specArgument(call goja.FunctionCall) string {
	spec := call.Argument(0)
	if _, ok := spec.Export().(string); !ok {
		panic(inv.rt.NewTypeError(`The "id" argument must be of type string. Received ` + describeJS(spec)))
	}
	return spec.String()
}

// reportRequireError notes, once, a require of the hook's own that
// failed to resolve; what a package's code throws while loading is its
// own, and a package that probes for optional modules is no problem.
func (inv *invocation) reportRequireError(spec string, err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) || isInterrupt(err) {
		return
	}
	inv.problemOnce("require:"+spec, SeverityError, err.Error())
}

// throwable is what require throws for err: a JS exception as it was
// thrown, an interrupt as it is, anything else a JS Error with the code
// Node's would carry.
func (inv *invocation) throwable(err error) any {
	var ex *goja.Exception
	if errors.As(err, &ex) || isInterrupt(err) {
		return err
	}
	code := "MODULE_NOT_FOUND"
	var nmErr *nodemodules.Error
	if errors.As(err, &nmErr) {
		code = nmErr.Code
	}
	if code == nodemodules.CodeSyntax {
		obj, newErr := inv.rt.New(inv.rt.Get("SyntaxError"), inv.rt.ToValue(err.Error()))
		if newErr == nil {
			return obj
		}
	}
	return httpkit.NewError(inv.rt, err.Error(), map[string]any{"code": code})
}

// versionedPath moves a subpath written after the version
// ('moment@2.30.1/locale/fr') back onto the name, for ResolveVersion.
func versionedPath(name, version string) (string, string) {
	if v, sub, ok := strings.Cut(version, "/"); ok {
		return name + "/" + sub, v
	}
	return name, version
}

func requiredFrom(from *nodemodules.File) string {
	if from == nil {
		return ""
	}
	return " (required from " + from.Virtual + ")"
}

// Installed is the virtual path of the file require(spec) loads from
// the node_modules folders a hook in dir sees (with the --node-modules
// folders): for hookemu check, which reports what a require will load.
func (e *Emulator) Installed(dir, spec string) (string, error) {
	search, err := nodemodules.NewSearch(dir, e.cfg.NodeModules)
	if err != nil {
		return "", err
	}
	loader := nodemodules.NewLoader(search)
	name, version := SplitModuleSpec(spec)
	var f *nodemodules.File
	if version != "" {
		name, version = versionedPath(name, version)
		f, err = loader.ResolveVersion(nil, name, version)
	} else {
		f, err = loader.Resolve(nil, name)
	}
	if err != nil {
		return "", err
	}
	return f.Virtual, nil
}

// CheckPreferNodeModules says why name cannot be given to
// --prefer-node-modules: it must be a module hookemu builds in (any other
// package runs installed anyway), and not one of Node's core modules,
// which are never a package's; "*" is fine.
func CheckPreferNodeModules(name string) error {
	switch {
	case name == "*":
		return nil
	case nodemodules.IsCore(strings.TrimPrefix(name, "node:")):
		return fmt.Errorf("--prefer-node-modules %s: %s is one of Node's core modules, which are always hookemu's, as they are Node's in Node", name, name)
	}
	for _, m := range Builtins() {
		if m.Name == name {
			return nil
		}
	}
	return fmt.Errorf("--prefer-node-modules %s: hookemu builds in no %s, so the installed one runs anyway; give a module it builds in (axios, twilio, ...) or '*'", name, name)
}

// isPath tells a file path ("./x", "../x", "/x") from a module name.
func isPath(spec string) bool {
	return spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/")
}
