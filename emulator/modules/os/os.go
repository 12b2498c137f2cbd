// Package os is Node's os module for hooks and the packages they load,
// describing a fixed, documented fake host rather than the machine
// hookemu runs on: what code reads from it (User-Agents, temp paths,
// feature checks) is then the same on every machine and in every run.
//
// The fake host is an x86-64 Linux container like the ones Auth0 runs
// code in; the facts are the exported constants below, and the modules
// that write the kernel release or platform into a User-Agent (the AWS
// SDK shims) read them from here so that everything agrees. os.constants
// (signals, errno, priorities, dlopen) are Linux's numbers, in
// null-prototype objects as in Node.
package os

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

// The fake host's facts.
const (
	Platform = "linux"
	Type     = "Linux"
	Arch     = "x64"
	Machine  = "x86_64"
	Release  = "5.10.0"
	Version  = "#1 SMP Mon Jan 1 00:00:00 UTC 2024"
	Hostname = "hookemu"
	// CPUs is how many processors it has, each CPUModel at CPUSpeed MHz.
	CPUs     = 2
	CPUModel = "Intel(R) Xeon(R) Processor @ 2.50GHz"
	CPUSpeed = 2500
	// TotalMem and FreeMem are in bytes.
	TotalMem = 2 << 30
	FreeMem  = 1 << 30
	// Uptime is the host's uptime in seconds; it does not advance, so that
	// runs are reproducible.
	Uptime   = 3600
	HomeDir  = "/home/node"
	TmpDir   = "/tmp"
	Username = "node"
	UID      = 1000
	Shell    = "/bin/sh"
)

//go:embed os.js
var source string

//go:embed constants.json
var constantsJSON string

var script = modules.NewScript("os.js", source)

// Module describes require('os').
func Module() modules.Module {
	return modules.Module{Name: "os", Load: load}
}

func load(h modules.Host, _ string) (goja.Value, error) {
	rt := h.Runtime()
	native := corejs.Bindings(rt, h.Warn)
	_ = native.Set("constants", constantsJSON)
	_ = native.Set("host", map[string]any{
		"platform": Platform, "type": Type, "arch": Arch, "machine": Machine,
		"release": Release, "version": Version, "hostname": Hostname,
		"cpus": CPUs, "cpuModel": CPUModel, "cpuSpeed": CPUSpeed,
		"totalmem": TotalMem, "freemem": FreeMem, "uptime": Uptime,
		"homedir": HomeDir, "tmpdir": TmpDir, "username": Username, "uid": UID, "shell": Shell,
	})
	return script.Call(rt, native)
}
