package harness_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/internal/gctune"
)

// BenchmarkPeakRSS32Parallel2000Runs runs the documented 8x8 hook 2,000
// times, 32 at a time, through one harness (as a suite does in-process,
// with the collector tuned as `hookemu test` tunes it), and reports the
// process's peak resident memory during the runs in MB. Linux only: the
// peak is /proc/self/status's VmHWM, reset before each round through
// /proc/self/clear_refs, so it includes the test binary itself. Run it
// alone, so nothing else has grown the process first:
//
//	go test -run '^$' -bench PeakRSS -benchtime 3x ./harness/
func BenchmarkPeakRSS32Parallel2000Runs(b *testing.B) {
	const runs, parallel = 2000, 32
	defer gctune.ForManyRuns(os.Getenv)()
	em, hook, secrets := load8x8(b)
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets}
	var peak, base int64
	for b.Loop() {
		debug.FreeOSMemory()
		resetPeakRSS(b)
		base = max(base, peakRSS(b))
		h := harness.New(harness.Config{})
		var next atomic.Int64
		var wg sync.WaitGroup
		for range parallel {
			wg.Go(func() {
				for next.Add(1) <= runs {
					if rep := h.Run(context.Background(), em, hook, in); !rep.OK {
						b.Errorf("run failed: %+v", rep.Error)
						return
					}
				}
			})
		}
		wg.Wait()
		peak = max(peak, peakRSS(b))
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(float64(base)/(1<<20), "before-MB")
}

// resetPeakRSS makes VmHWM start again from the current resident size.
func resetPeakRSS(b *testing.B) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Skipf("cannot reset the peak resident size on this system: %v", err)
	}
}

// peakRSS is VmHWM in bytes.
func peakRSS(b *testing.B) int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skipf("cannot read the peak resident size on this system: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		if rest, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmHWM:")); ok {
			kb, err := strconv.ParseInt(string(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte(" kB"))), 10, 64)
			if err != nil {
				b.Fatalf("VmHWM: %v", err)
			}
			return kb << 10
		}
	}
	b.Skip("no VmHWM in /proc/self/status")
	return 0
}
