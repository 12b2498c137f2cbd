package fakeserver_test

import (
	"context"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hookemu/hookemu/internal/loadgen"
)

// procStats is what the Go runtime of this process did over a stretch of
// time, read from runtime/metrics: what was allocated, the CPU the GC
// took, the GC's stop-the-world pauses, and how long goroutines waited to
// run once ready (the scheduling latency: with more runnable goroutines
// than Ps, a request's goroutines queue for a P, and that wait is part of
// every latency measured); and, from the operating system, how long the
// process's threads waited for a CPU.
type procStats struct {
	allocBytes, allocObjects float64
	gcCPU, totalCPU          float64
	sched, gcPauses          latencies
	osWait                   time.Duration
}

var procMetrics = []string{
	"/gc/heap/allocs:bytes",
	"/gc/heap/allocs:objects",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/sched/latencies:seconds",
	"/sched/pauses/total/gc:seconds",
}

func readProcStats() procStats {
	samples := make([]metrics.Sample, len(procMetrics))
	for i, name := range procMetrics {
		samples[i].Name = name
	}
	metrics.Read(samples)
	return procStats{
		allocBytes:   float64(samples[0].Value.Uint64()),
		allocObjects: float64(samples[1].Value.Uint64()),
		gcCPU:        samples[2].Value.Float64(),
		totalCPU:     samples[3].Value.Float64(),
		sched:        latenciesOf(samples[4].Value.Float64Histogram()),
		gcPauses:     latenciesOf(samples[5].Value.Float64Histogram()),
		osWait:       osWait(),
	}
}

// minus is what happened between before and s.
func (s procStats) minus(before procStats) procStats {
	return procStats{
		allocBytes: s.allocBytes - before.allocBytes, allocObjects: s.allocObjects - before.allocObjects,
		gcCPU: s.gcCPU - before.gcCPU, totalCPU: s.totalCPU - before.totalCPU,
		sched: s.sched.minus(before.sched), gcPauses: s.gcPauses.minus(before.gcPauses),
		osWait: s.osWait - before.osWait,
	}
}

// add adds d's figures to s's.
func (s *procStats) add(d procStats) {
	s.allocBytes += d.allocBytes
	s.allocObjects += d.allocObjects
	s.gcCPU += d.gcCPU
	s.totalCPU += d.totalCPU
	s.osWait += d.osWait
	s.sched.add(d.sched)
	s.gcPauses.add(d.gcPauses)
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

// latencies is a runtime/metrics histogram of durations.
type latencies struct {
	counts []uint64
	bounds []float64 // seconds; len(counts)+1
}

func latenciesOf(h *metrics.Float64Histogram) latencies {
	return latencies{counts: append([]uint64(nil), h.Counts...), bounds: h.Buckets}
}

func (l latencies) minus(before latencies) latencies {
	d := latencies{counts: make([]uint64, len(l.counts)), bounds: l.bounds}
	for i := range l.counts {
		d.counts[i] = l.counts[i] - before.counts[i]
	}
	return d
}

func (l *latencies) add(d latencies) {
	if l.counts == nil {
		l.counts, l.bounds = make([]uint64, len(d.counts)), d.bounds
	}
	for i := range d.counts {
		l.counts[i] += d.counts[i]
	}
}

// quantile is the duration below which a fraction q of those counted
// fall, as the lower bound of its bucket; q 1 is the longest.
func (l latencies) quantile(q float64) time.Duration {
	var total uint64
	for _, n := range l.counts {
		total += n
	}
	rank := max(uint64(math.Ceil(q*float64(total))), 1)
	var seen uint64
	for i, n := range l.counts {
		seen += n
		if seen >= rank && n > 0 {
			return time.Duration(max(l.bounds[i], 0) * float64(time.Second))
		}
	}
	return 0
}

// osWait is how long this process's threads have waited, in all, for a
// CPU the operating system gave to another thread (Linux's
// /proc/self/task/*/schedstat, its second field); 0 where there is no
// such file. With other processes on the machine, a thread that holds a
// P can wait there while its goroutines wait behind it.
func osWait() time.Duration {
	tasks, _ := filepath.Glob("/proc/self/task/*/schedstat")
	var total time.Duration
	for _, task := range tasks {
		data, err := os.ReadFile(task)
		fields := strings.Fields(string(data))
		if err != nil || len(fields) < 2 {
			continue
		}
		ns, _ := strconv.ParseInt(fields[1], 10, 64)
		total += time.Duration(ns)
	}
	return total
}

// handlerTimes keeps how long the server took for each request, from its
// request log (the "duration" every record carries), while formatting the
// records as `hookemu serve` does, to nowhere.
type handlerTimes struct {
	inner slog.Handler
	mu    *sync.Mutex
	times *loadgen.Histogram
}

func newHandlerTimes() handlerTimes {
	return handlerTimes{inner: slog.NewTextHandler(io.Discard, nil), mu: &sync.Mutex{}, times: &loadgen.Histogram{}}
}

func (h handlerTimes) Enabled(ctx context.Context, l slog.Level) bool { return h.inner.Enabled(ctx, l) }

func (h handlerTimes) Handle(ctx context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool {
		if a.Key != "duration" {
			return true
		}
		h.record(a.Value.Duration())
		return false
	})
	return h.inner.Handle(ctx, r)
}

func (h handlerTimes) record(d time.Duration) {
	h.mu.Lock()
	h.times.Record(d)
	h.mu.Unlock()
}

func (h handlerTimes) WithAttrs(attrs []slog.Attr) slog.Handler {
	h.inner = h.inner.WithAttrs(attrs)
	return h
}

func (h handlerTimes) WithGroup(name string) slog.Handler {
	h.inner = h.inner.WithGroup(name)
	return h
}

// reset forgets the times recorded so far (the warm-up's).
func (h handlerTimes) reset() {
	h.mu.Lock()
	*h.times = loadgen.Histogram{}
	h.mu.Unlock()
}

// quantile is the handler time below which a fraction q of requests fall.
func (h handlerTimes) quantile(q float64) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.times.Quantile(q)
}

// timed is next with its time per request kept in h.
func (h handlerTimes) timed(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next(w, r)
		h.record(time.Since(start))
	}
}
