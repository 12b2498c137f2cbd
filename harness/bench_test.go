package harness_test

import (
	"context"
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
)

// load8x8 compiles the documented 8x8 hook once, as `hookemu test` does
// for a suite.
func load8x8(b *testing.B) (*emulator.Emulator, *emulator.Hook, map[string]string) {
	b.Helper()
	src, err := hooks.Source("8x8.js")
	if err != nil {
		b.Fatal(err)
	}
	em := emulator.New(emulator.Config{})
	hook, err := em.Load("8x8.js", src)
	if err != nil {
		b.Fatal(err)
	}
	h, _ := hooks.Lookup("8x8.js")
	return em, hook, h.Secrets
}

// BenchmarkInvocation is one run of the 8x8 hook end to end: fresh
// runtime, axios, one request to the fake, report with redaction.
func BenchmarkInvocation(b *testing.B) {
	em, hook, secrets := load8x8(b)
	h := harness.New(harness.Config{})
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets}
	b.ReportAllocs()
	for b.Loop() {
		if rep := h.Run(context.Background(), em, hook, in); !rep.OK {
			b.Fatalf("run failed: %+v", rep.Error)
		}
	}
}

// BenchmarkInvocationParallel runs 8 invocations at a time per core
// (GOMAXPROCS 2 on the reference machine: 8 goroutines with 4 per proc).
func BenchmarkInvocationParallel(b *testing.B) {
	em, hook, secrets := load8x8(b)
	h := harness.New(harness.Config{})
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets}
	b.ReportAllocs()
	b.SetParallelism(4)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if rep := h.Run(context.Background(), em, hook, in); !rep.OK {
				b.Errorf("run failed: %+v", rep.Error)
				return
			}
		}
	})
}
