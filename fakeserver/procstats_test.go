package fakeserver_test

import (
	"math"
	"runtime/metrics"
	"time"
)

// procStats is what the Go runtime of this process did over a stretch of
// time, read from runtime/metrics: what was allocated, the CPU the GC
// took, and how long goroutines waited to run once ready (the scheduling
// latency: with more runnable goroutines than Ps, a request's goroutines
// queue for a P, and that wait is part of every latency measured).
type procStats struct {
	allocBytes, allocObjects float64
	gcCPU, totalCPU          float64
	sched                    []uint64  // counts per bucket
	schedBounds              []float64 // seconds; len(sched)+1
}

var procMetrics = []string{
	"/gc/heap/allocs:bytes",
	"/gc/heap/allocs:objects",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/sched/latencies:seconds",
}

func readProcStats() procStats {
	samples := make([]metrics.Sample, len(procMetrics))
	for i, name := range procMetrics {
		samples[i].Name = name
	}
	metrics.Read(samples)
	hist := samples[4].Value.Float64Histogram()
	return procStats{
		allocBytes:   float64(samples[0].Value.Uint64()),
		allocObjects: float64(samples[1].Value.Uint64()),
		gcCPU:        samples[2].Value.Float64(),
		totalCPU:     samples[3].Value.Float64(),
		sched:        append([]uint64(nil), hist.Counts...),
		schedBounds:  hist.Buckets,
	}
}

// minus is what happened between before and s.
func (s procStats) minus(before procStats) procStats {
	d := procStats{
		allocBytes: s.allocBytes - before.allocBytes, allocObjects: s.allocObjects - before.allocObjects,
		gcCPU: s.gcCPU - before.gcCPU, totalCPU: s.totalCPU - before.totalCPU,
		sched: make([]uint64, len(s.sched)), schedBounds: s.schedBounds,
	}
	for i := range s.sched {
		d.sched[i] = s.sched[i] - before.sched[i]
	}
	return d
}

// add adds d's figures to s's.
func (s *procStats) add(d procStats) {
	s.allocBytes += d.allocBytes
	s.allocObjects += d.allocObjects
	s.gcCPU += d.gcCPU
	s.totalCPU += d.totalCPU
	if s.sched == nil {
		s.sched, s.schedBounds = make([]uint64, len(d.sched)), d.schedBounds
	}
	for i := range d.sched {
		s.sched[i] += d.sched[i]
	}
}

// schedQuantile is the scheduling latency below which a fraction q of
// the waits fall, as the lower bound of its bucket.
func (s procStats) schedQuantile(q float64) time.Duration {
	var total uint64
	for _, n := range s.sched {
		total += n
	}
	rank := uint64(math.Ceil(q * float64(total)))
	var seen uint64
	for i, n := range s.sched {
		seen += n
		if seen >= rank && n > 0 {
			return time.Duration(max(s.schedBounds[i], 0) * float64(time.Second))
		}
	}
	return 0
}

// gcPercent is the GC's share of the CPU Go had (GOMAXPROCS over the
// time); the runtime updates these figures at the end of each cycle.
func (s procStats) gcPercent() float64 {
	if s.totalCPU <= 0 {
		return 0
	}
	return 100 * s.gcCPU / s.totalCPU
}

func (procStats) perRequest(v float64, requests int) float64 {
	if requests == 0 {
		return 0
	}
	return v / float64(requests)
}
