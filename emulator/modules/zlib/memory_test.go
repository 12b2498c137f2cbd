package zlib_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecompressedOutputIsBoundedByTheMemoryLimit(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src string }{
		{"a sync call stops at the limit", `
			try { zlib.gunzipSync(bomb); log('inflated'); } catch (e) { log(e.name, e.message); }`},
		{"a callback stops at the limit", `
			zlib.gunzip(bomb, (err, out) => log(err ? err.name + ' ' + err.message : 'inflated'));`},
		{"a stream stops at the limit", `
			const g = zlib.createGunzip();
			g.on('data', () => {});
			g.on('error', (e) => log(e.name, e.message));
			g.on('end', () => log('inflated'));
			try { g.end(bomb); } catch (e) { log(e.name, e.message); }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env, lines := newEnv(t)
			env.SetMemory(1 << 20)
			_, err := env.Await(`const bomb = zlib.gzipSync(Buffer.alloc(4 << 20));` + tt.src)
			if err != nil {
				assert.Contains(t, err.Error(), "RangeError: zlib's decompressed output would need more than the memory limit")
			} else {
				require.Len(t, *lines, 1)
				assert.Equal(t, "RangeError zlib's decompressed output would need more than the memory limit", (*lines)[0])
			}
			assert.Equal(t, []string{"zlib's decompressed output"}, env.OverMemory())
		})
	}
}

func TestMaxOutputLengthBelowTheMemoryLimitIsNodesRangeError(t *testing.T) {
	t.Parallel()
	env, lines := newEnv(t)
	_, err := env.Await(`
		try { zlib.inflateSync(zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 99 }); } catch (e) { log(e.name, e.code, e.message); }
		log(zlib.inflateSync(zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 100 }).length);`)
	require.NoError(t, err)
	assert.Equal(t, []string{"RangeError ERR_BUFFER_TOO_LARGE Cannot create a Buffer larger than 99 bytes", "100"}, *lines)
	assert.Empty(t, env.OverMemory())
}

// decoders counts the goroutines running a decompressing stream's
// decoder, by their stacks.
func decoders() int {
	buf := make([]byte, 1<<20)
	return strings.Count(string(buf[:runtime.Stack(buf, true)]), "zlib.startInflater.func1")
}

func TestADestroyedDecompressingStreamStopsItsDecoder(t *testing.T) {
	// not parallel: it counts goroutines of every test
	env, lines := newEnv(t)
	_, err := env.Await(`
		const packed = zlib.gzipSync('x'.repeat(100000));
		globalThis.streams = Array.from({ length: 20 }, () => zlib.createGunzip());
		streams.forEach((s) => { s.on('data', () => {}); s.write(packed.subarray(0, 50)); });`)
	require.NoError(t, err)
	assert.Equal(t, 20, decoders(), "each stream's decoder waits for the rest")
	_, err = env.Await(`streams.forEach((s) => s.destroy()); log('destroyed', streams.every((s) => s.destroyed));`)
	require.NoError(t, err)
	assert.Equal(t, []string{"destroyed true"}, *lines)
	assert.Eventually(t, func() bool { return decoders() == 0 }, 30*time.Second, 10*time.Millisecond,
		"every decoder ends with its stream")
}

func TestTheEndOfTheRunStopsADecoderLeftWaiting(t *testing.T) {
	// not parallel: it counts goroutines of every test
	env, _ := newEnv(t)
	_, err := env.Await(`const g = zlib.createGunzip(); g.write(zlib.gzipSync('abc').subarray(0, 5));`)
	require.NoError(t, err)
	assert.Equal(t, 1, decoders(), "the decoder waits for the rest")
	env.Cancel()
	assert.Eventually(t, func() bool { return decoders() == 0 }, 30*time.Second, 10*time.Millisecond,
		"the decoder ends with the run")
}
