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

const heapMetric = "/memory/classes/heap/objects:bytes"

// heapBytes is the process heap occupied by objects, live or not yet
// collected.
func heapBytes(sample []metrics.Sample) int64 {
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64())
}

// watchMemory samples the heap until the run ends and interrupts the run
// once the heap has grown past its limit since the run started.
func (inv *invocation) watchMemory() {
	sample := []metrics.Sample{{Name: heapMetric}}
	base := heapBytes(sample)
	done := inv.ctx.Done()
	limit := inv.memLimit
	go func() {
		ticker := time.NewTicker(memorySample)
		defer ticker.Stop()
		var confirmed time.Time
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
			}
			if heapBytes(sample)-base <= limit || time.Since(confirmed) < confirmEvery {
				continue
			}
			runtime.GC()
			confirmed = time.Now()
			if heapBytes(sample)-base > limit {
				inv.stopForMemory(memoryExceeded{limit: limit})
				return
			}
		}
	}()
}
