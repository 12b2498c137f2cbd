package emulator_test

import (
	"context"
	"testing"

	"github.com/hookemu/hookemu/emulator"
)

// benchmarkRuns measures whole runs of src, loaded from dir: what a run
// costs with the require in it is the per-run cost of that require.
func benchmarkRuns(b *testing.B, em *emulator.Emulator, dir, src string) {
	b.Helper()
	hook, err := em.LoadWith(context.Background(), "hook.js", []byte(src), emulator.LoadOptions{Dir: dir})
	if err != nil {
		b.Fatal(err)
	}
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if r := em.Run(context.Background(), hook, in); r.Outcome != emulator.OutcomeSuccess {
			b.Fatalf("%+v", r.Error)
		}
	}
}

// BenchmarkRequirePackage is the per-run cost of requiring a small
// package from node_modules (three files: main, a relative require, a
// JSON file), against a run that requires nothing. Compiling happens once
// per process, in the first run; every run resolves, reads and evaluates.
func BenchmarkRequirePackage(b *testing.B) {
	dir := b.TempDir()
	writeTree(b, dir, map[string]string{
		"node_modules/small/package.json": `{"name": "small", "version": "1.0.0", "main": "lib/index.js"}`,
		"node_modules/small/lib/index.js": `var util = require('./util'); var data = require('../data.json'); module.exports = function (s) { return util.shout(s) + data.suffix; };`,
		"node_modules/small/lib/util.js":  `exports.shout = function (s) { return String(s).toUpperCase(); };`,
		"node_modules/small/data.json":    `{"suffix": "!"}`,
	})
	em := emulator.New(emulator.Config{Grace: shortGrace})
	b.Run("a run requiring nothing", func(b *testing.B) {
		benchmarkRuns(b, em, dir, `module.exports = function (r, t, c, cb) { cb(null, {}); };`)
	})
	b.Run("a run requiring a three-file package", func(b *testing.B) {
		benchmarkRuns(b, em, dir, `module.exports = function (r, t, c, cb) { cb(null, {s: require('small')('hi')}); };`)
	})
}
