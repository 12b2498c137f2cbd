package emulator

import (
	"sync"

	"github.com/dop251/goja"
)

// processSource builds the emulated process object. Its env starts empty
// and belongs to the invocation: hooks write secrets into process.env, so
// it must never be the host's environment.
var processProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("hookemu-process.js", `(function (native) {
	var start = Date.now();
	function hrtime(prev) {
		var ns = native.nanotime();
		var s = Math.floor(ns / 1e9), n = ns % 1e9;
		if (prev) { s -= prev[0]; n -= prev[1]; if (n < 0) { s -= 1; n += 1e9; } }
		return [s, n];
	}
	hrtime.bigint = function () { return BigInt(native.nanotime()); };
	var process = {
		env: {},
		version: native.version,
		// brotli: hookemu's zlib speaks it, and packages (got) offer br
		// only where process.versions names it.
		versions: { node: native.version.slice(1), brotli: '1.0.9' },
		platform: 'linux',
		arch: 'x64',
		pid: 1,
		ppid: 0,
		title: 'node',
		argv: ['/usr/local/bin/node', '/data/hook.js'],
		execArgv: [],
		release: { name: 'node' },
		cwd: function () { return '/data'; },
		hrtime: hrtime,
		uptime: function () { return (Date.now() - start) / 1000; },
		memoryUsage: function () { return { rss: 50331648, heapTotal: 16777216, heapUsed: 8388608, external: 1048576 }; },
		nextTick: function (fn) {
			var args = Array.prototype.slice.call(arguments, 1);
			Promise.resolve().then(function () { fn.apply(undefined, args); });
		},
		exit: function (code) { native.exit(code === undefined ? 0 : code); },
		emitWarning: function (warning) { native.warn(String(warning && warning.message || warning)); },
		stdout: { write: function (s) { native.write('log', String(s)); return true; } },
		stderr: { write: function (s) { native.write('error', String(s)); return true; } }
	};
	['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener'].forEach(function (m) {
		process[m] = function () { return process; };
	});
	// Libraries tell Node from a browser by it: axios's default adapter
	// is its http one only where process says '[object process]'.
	Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
	process.emit = function () { return false; };
	process.listenerCount = function () { return 0; };
	return process;
})`, true)
})

func (inv *invocation) processObject() goja.Value {
	if inv.process != nil {
		return inv.process
	}
	native := inv.rt.NewObject()
	_ = native.Set("version", inv.Node().Version)
	_ = native.Set("nanotime", func() int64 { return int64(inv.elapsed()) })
	_ = native.Set("exit", func(code int) { inv.rt.Interrupt(exitRequest{code: code}) })
	_ = native.Set("warn", func(msg string) { inv.Warn("process warning: " + msg) })
	_ = native.Set("write", func(level, s string) { inv.appendLog(level, s) })
	factory, err := inv.rt.RunProgram(processProgram())
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(factory)
	obj, err := fn(goja.Undefined(), native)
	if err != nil {
		panic(err)
	}
	inv.process = obj.ToObject(inv.rt)
	return inv.process
}

// processEnv is process.env, or nil if the hook never touched process.
func (inv *invocation) processEnv() *goja.Object {
	if inv.process == nil {
		return nil
	}
	env, _ := inv.process.Get("env").(*goja.Object)
	return env
}
