// Package path is Node's path module as it is on Linux, where Auth0 runs
// hooks and Actions: require('path') is path.posix (join, resolve,
// normalize, dirname, basename, extname, relative, isAbsolute, parse,
// format, sep, delimiter), with Node 20's results to the quirk ('/a//b'
// has the dirname '/a/') and its ERR_INVALID_ARG_TYPE errors.
//
// resolve starts from the run's process.cwd() (the emulated process's,
// never the host's working directory), or "/" where there is none.
// path.win32 has its separator and delimiter for packages that read them
// at load time; its functions throw ERR_HOOKEMU_UNSUPPORTED.
package path

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

//go:embed path.js
var source string

var script = modules.NewScript("path.js", source)

// Module describes require('path').
func Module() modules.Module {
	return modules.Module{Name: "path", Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	rt := h.Runtime()
	native := corejs.Bindings(rt, h.Warn)
	_ = native.Set("cwd", func() string { return cwd(h) })
	return script.Call(rt, native)
}

// cwd is process.cwd() of the run's emulated process, or "/".
func cwd(h modules.Host) string {
	process, err := modules.Require(h, "process")
	if err != nil {
		return "/"
	}
	obj, ok := process.(*goja.Object)
	if !ok {
		return "/"
	}
	fn, ok := goja.AssertFunction(obj.Get("cwd"))
	if !ok {
		return "/"
	}
	v, err := fn(obj)
	if err != nil || !goja.IsString(v) || v.String() == "" {
		return "/"
	}
	return v.String()
}
