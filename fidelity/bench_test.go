package fidelity

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hookemu/hookemu/emulator"
)

// BenchmarkRealPackages is the per-run cost of requiring real packages
// from node_modules (installed as the suite installs them): compiled once
// per process, resolved, read and evaluated in every run. The run that
// requires nothing is the baseline.
//
//	go test -run '^$' -bench RealPackages -benchmem ./fidelity/
func BenchmarkRealPackages(b *testing.B) {
	installDir, err := installPackages("node")
	if err != nil {
		b.Skip(err)
	}
	em := emulator.New(emulator.Config{NodeModules: []string{filepath.Join(installDir, "node_modules")}})
	for _, bb := range []struct{ name, require string }{
		{"nothing", "null"},
		{"lodash", "require('lodash@4.17.21')"},
		{"moment", "require('moment@2.30.1')"},
		{"awesome-phonenumber", "require('awesome-phonenumber@7.8.0')"},
		{"libphonenumber-js", "require('libphonenumber-js@1.13.18')"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			src := "module.exports = function (r, t, c, cb) { var m = " + bb.require + "; cb(null, {}); };"
			hook, err := em.Load("bench.js", []byte(src))
			if err != nil {
				b.Fatal(err)
			}
			in := emulator.Invocation{Payload: emulator.DefaultPayload()}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if r := em.Run(context.Background(), hook, in); r.Outcome != emulator.OutcomeSuccess {
					b.Fatalf("%+v", r.Error)
				}
			}
		})
	}
}
