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
// took, and how long goroutines waited to run once ready (the scheduling
// latency: with more runnable goroutines than Ps, a request's goroutines
// queue for a P, and that wait is part of every latency measured).
type procStats struct {
	allocBytes, allocObjects float64
	gcCPU, totalCPU          float64
	sched                    []uint64  // counts per bucket
	schedBounds              []float64 // seconds; len(sched)+1
	osWait                   time.Duration
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
		osWait:       osWait(),
	}
}

// minus is what happened between before and s.
func (s procStats) minus(before procStats) procStats {
	d := procStats{
		allocBytes: s.allocBytes - before.allocBytes, allocObjects: s.allocObjects - before.allocObjects,
		gcCPU: s.gcCPU - before.gcCPU, totalCPU: s.totalCPU - before.totalCPU,
		sched: make([]uint64, len(s.sched)), schedBounds: s.schedBounds, osWait: s.osWait - before.osWait,
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
	s.osWait += d.osWait
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
