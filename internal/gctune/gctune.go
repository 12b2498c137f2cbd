// Package gctune sets the Go garbage collector for a process that runs
// many short hooks: `hookemu test` and its workers, and the benchmarks.
//
// Each run of a hook allocates a fresh JavaScript runtime and drops it a
// millisecond later, so the live heap stays small while garbage piles up
// fast. Go's defaults (GOGC=100, no memory limit) then collect very often
// at first and let the heap swing with the timing of collections when
// many runs overlap. A higher GC percentage collects less often; a soft
// memory limit keeps the peak bounded whatever the timing. A user who set
// GOGC or GOMEMLIMIT keeps what they set.
package gctune

import "runtime/debug"

// For many short runs: collect when the heap has grown by three times
// what was live (rather than doubled), and hold the memory Go manages near
// 20 MiB. The limit is soft: a suite whose hooks really need more gets
// it, at the price of more frequent collections. Measured with
// BenchmarkPeakRSS32Parallel2000Runs (harness): 32 runs at a time peak at
// about 39 MB of resident memory with these, 52 MB with a 32 MiB limit
// and 70 MB with Go's defaults, 27 MB of it the process before any run.
const (
	Percent = 300
	Limit   = 20 << 20
)

// ForManyRuns applies Percent and Limit unless getenv (os.Getenv) says
// the user set GOGC or GOMEMLIMIT, and returns what undoes it.
func ForManyRuns(getenv func(string) string) (undo func()) {
	var undos []func()
	if getenv("GOGC") == "" {
		old := debug.SetGCPercent(Percent)
		undos = append(undos, func() { debug.SetGCPercent(old) })
	}
	if getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(Limit)
		undos = append(undos, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for i := len(undos) - 1; i >= 0; i-- {
			undos[i]()
		}
	}
}
