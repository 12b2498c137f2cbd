package emulator

import (
	"context"
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkNewInvocation is what a run costs before its code starts: a
// fresh runtime, the global object and the guards. goja.New alone is
// the floor.
//
//	go test -run '^$' -bench NewInvocation -benchmem ./emulator/
func BenchmarkNewInvocation(b *testing.B) {
	b.Run("goja.New alone", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = goja.New()
		}
	})
	b.Run("globals and guards", func(b *testing.B) {
		e := New(Config{})
		hook, err := e.Load("hook.js", []byte(`module.exports = function (u, c, cb) { cb(); };`))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			e.newInvocation(context.Background(), hook, Invocation{}).close()
		}
	})
}
