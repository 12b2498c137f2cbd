package emulator

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// How the memory limit is measured. goja cannot say how much one runtime
// holds, and runs in one process share its heap, so a run is charged with
// the growth of the process heap since it started: exact when it runs
// alone, and never too lenient when others run beside it (a run beside one
// that blows up may be stopped too). A sample over the limit is confirmed
// after a garbage collection, so garbage does not count.
const (
	memorySample = 10 * time.Millisecond
	// confirmEvery rate-limits the collections that confirm a sample.
	confirmEvery = 100 * time.Millisecond
)

// The heap metrics read: objects (live or not yet collected) moves with
// every allocation; live is what the last collection found still in use.
var heapMetrics = []string{"/memory/classes/heap/objects:bytes", "/gc/heap/live:bytes"}

// heapBytes reads the process heap's objects and live bytes.
func heapBytes(sample []metrics.Sample) (objects, live int64) {
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64()), int64(sample[1].Value.Uint64())
}

// overLimit tells from one sample whether the run is over its limit:
// surely when the live heap (or the whole heap, by twice the limit, more
// than garbage alone can be) grew past it; after a collection otherwise.
func overLimit(sample []metrics.Sample, base, limit int64, confirm func() bool) bool {
	objects, live := heapBytes(sample)
	switch {
	case objects-base <= limit:
		return false
	case live-base > limit || objects-base > 2*limit:
		return true
	case !confirm():
		return false
	}
	runtime.GC()
	objects, _ = heapBytes(sample)
	return objects-base > limit
}

// watchMemory samples the heap until the run ends and interrupts the run
// once the heap has grown past its limit since the run started. The
// sampling goroutine starts at the first sample: most runs end well
// before it, and then cost a stopped timer instead of a goroutine and a
// ticker.
func (inv *invocation) watchMemory() {
	sample := inv.heapSample[:len(heapMetrics)]
	for i, name := range heapMetrics {
		sample[i].Name = name
	}
	base, _ := heapBytes(sample)
	ctx := inv.ctx
	limit := inv.memLimit
	inv.memoryWatch = time.AfterFunc(memorySample, func() {
		done := ctx.Done()
		ticker := time.NewTicker(memorySample)
		defer ticker.Stop()
		var confirmed time.Time
		confirm := func() bool {
			if time.Since(confirmed) < confirmEvery {
				return false
			}
			confirmed = time.Now()
			return true
		}
		for {
			select {
			case <-done:
				return
			default:
			}
			if overLimit(sample, base, limit, confirm) {
				inv.stopForMemory(memoryExceeded{limit: limit})
				return
			}
			select {
			case <-done:
				return
			case <-ticker.C:
			}
		}
	})
}
