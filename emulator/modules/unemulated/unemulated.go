// Package unemulated is the part of Node's core a send-phone-message run
// has no use for, there as far as packages touch it at load time: net,
// tls, http2 (axios 1.x requires it when it loads), dns, dns/promises,
// fs, fs/promises, child_process and worker_threads. Packages feature-check them when they load (read
// fs.constants, keep a reference to dns.lookup, test instanceof
// net.Socket), so requiring them works and their constants are Node's
// (Linux's); calling one of their functions, or constructing one of their
// classes, throws (a promises module rejects) an Error with code
// ERR_HOOKEMU_UNSUPPORTED that names the function and says what to use
// instead (https, or the provider's SDK; secrets rather than files).
//
// What has no side effect works: net.isIP, isIPv4 and isIPv6,
// tls.getCiphers, dns.getServers (none) and getDefaultResultOrder,
// worker_threads.isMainThread (true).
package unemulated

import (
	_ "embed"
	"net/netip"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/corejs"
)

//go:embed unemulated.js
var source string

// data holds Node 20's fs.constants (Linux), http2.constants and
// tls.getCiphers().
//
//go:embed data.json
var data string

var script = modules.NewScript("unemulated.js", source)

// Modules describes every module of the package, one per spec.
func Modules() []modules.Module {
	out := make([]modules.Module, 0, len(specs))
	for _, s := range specs {
		out = append(out, modules.Module{Name: s.name, Load: func(h modules.Host, _ string) (goja.Value, error) {
			all, err := exports(h)
			if err != nil {
				return nil, err
			}
			return all.Get(s.name), nil
		}})
	}
	return out
}

var slot = goja.NewSymbol("hookemu.unemulated")

// exports builds all the modules of a runtime at once, so that
// fs.promises is require('fs/promises') and dns.promises
// require('dns/promises').
func exports(h modules.Host) (*goja.Object, error) {
	rt := h.Runtime()
	return modules.PerRuntime(rt, slot, func() (*goja.Object, error) {
		native := corejs.Bindings(rt, h.Warn)
		list := make([]map[string]any, 0, len(specs))
		for _, s := range specs {
			list = append(list, map[string]any{"name": s.name, "hint": s.hint, "funcs": s.funcs, "classes": orEmpty(s.classes), "promises": s.promises})
		}
		_ = native.Set("specs", list)
		_ = native.Set("data", data)
		_ = native.Set("ipVersion", ipVersion)
		v, err := script.Call(rt, native)
		if err != nil {
			return nil, err
		}
		return v.ToObject(rt), nil
	})
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ipVersion is net.isIP: 4 or 6 for an address in the textual forms Node
// accepts (an IPv6 zone included), 0 otherwise.
func ipVersion(s string) int {
	addr, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return 0
	case addr.Is4():
		return 4
	default:
		return 6
	}
}
