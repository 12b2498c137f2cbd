package stream_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/stream"
)

// BenchmarkRequire is the per-run cost of require('stream'): the script
// is compiled once per process, and each run builds the classes anew.
func BenchmarkRequire(b *testing.B) {
	for b.Loop() {
		env := modtest.New(b, nil)
		env.Provide(events.Module(), buffer.Module())
		env.Require(b, stream.Module(), "", "stream")
	}
}

// BenchmarkPipeline moves 256 chunks through a Transform into a Writable.
func BenchmarkPipeline(b *testing.B) {
	env := modtest.New(b, nil)
	env.Provide(events.Module(), buffer.Module())
	env.Globals(b, buffer.Module(), "Buffer", "atob", "btoa")
	env.Require(b, stream.Module(), "", "stream")
	for b.Loop() {
		if _, err := env.Await(`new Promise((resolve, reject) => {
			const chunks = Array.from({ length: 256 }, (_, i) => 'chunk ' + i);
			stream.pipeline(stream.Readable.from(chunks), new stream.PassThrough(), new stream.Writable({ write(c, e, cb) { cb(); } }),
				(err) => (err ? reject(err) : resolve()));
		})`); err != nil {
			b.Fatal(err)
		}
	}
}
