package fakeserver_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/loadgen"
)

// TestMain lets the load benchmark run this binary as its load generator
// in another process (loadgen.StartProcess).
func TestMain(m *testing.M) {
	loadgen.ServeIfChild()
	os.Exit(m.Run())
}

// Load benchmark settings: enough requests per side per round that a
// round at 8 connections takes about a second on the reference machine
// and p99 rests on 80 requests. A warm-up run first opens the
// connections and makes the first allocations on both sides, which would
// otherwise be the tail; the fake's warm-up fills its journal and store
// to their bound, so that what is measured is serve's steady state (while
// they grow, each doubling copies them) at its largest heap.
const (
	loadRequests   = 8000
	loadWarmup     = 400
	loadFakeWarmup = fakekit.DefaultJournalSize
)

// BenchmarkServeLoad sends the 8x8 hook's request to serve's fake 8x8
// over loopback, and the same request to a bare net/http handler that
// reads the body and answers a similar JSON, with the same load
// generator, one after the other in every round, at 8, 2 and 1
// connections. The ratio of the two throughputs is the figure to read:
// absolute figures move with the machine's load, the ratio much less.
//
// same-process runs the load generator in the servers' process, as the
// issue first measured: its goroutines then wait for the same two Ps and
// its garbage is collected by the same GC, so every pause of one counts
// as latency of the other. own-process runs it in a child process (this
// test binary again): the servers' process then holds only the servers,
// and its allocations per request (B/req, allocs/req) are the server's
// alone.
//
//	go test -run '^$' -bench ServeLoad -benchtime 2x ./fakeserver/
//	go test -run '^$' -bench 'ServeLoad/own-process/conns=8' -benchtime 3x ./fakeserver/
func BenchmarkServeLoad(b *testing.B) {
	for _, mode := range []string{"same-process", "own-process"} {
		b.Run(mode, func(b *testing.B) {
			for _, conns := range []int{8, 2, 1} {
				b.Run(fmt.Sprintf("conns=%d", conns), func(b *testing.B) { serveLoad(b, mode == "own-process", conns) })
			}
		})
	}
}

func serveLoad(b *testing.B, ownProcess bool, conns int) {
	fakeTimes, bareTimes := newHandlerTimes(), newHandlerTimes()
	fakeURL := startServe(b, slog.New(fakeTimes))
	bare := httptest.NewServer(bareTimes.timed(bareHandler))
	defer bare.Close()
	body, _ := json.Marshal(map[string]string{"destination": to8x8, "text": "Your code is 123456", "encoding": "AUTO"})
	header := http.Header{"Authorization": {"Bearer secret-key"}, "Content-Type": {"application/json"}}
	send := loadSender(b, ownProcess)
	var fake, plain loadSide
	// The warm-up, which also opens the child process's connections, is
	// not timed.
	plain.run(b, send, loadgen.Config{URL: bare.URL + send8x8Path, Header: header, Body: body, Connections: conns, Requests: loadWarmup})
	fake.run(b, send, loadgen.Config{URL: fakeURL + send8x8Path, Header: header, Body: body, Connections: conns, Requests: loadFakeWarmup})
	plain, fake = loadSide{}, loadSide{}
	fakeTimes.reset()
	bareTimes.reset()
	for b.Loop() {
		plain.run(b, send, loadgen.Config{URL: bare.URL + send8x8Path, Header: header, Body: body, Connections: conns, Requests: loadRequests})
		fake.run(b, send, loadgen.Config{URL: fakeURL + send8x8Path, Header: header, Body: body, Connections: conns, Requests: loadRequests})
	}
	runtime.GC()
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	b.ReportMetric(fake.result.PerSecond(), "serve-req/s")
	b.ReportMetric(plain.result.PerSecond(), "bare-req/s")
	b.ReportMetric(100*fake.result.PerSecond()/plain.result.PerSecond(), "serve/bare-%")
	b.ReportMetric(micros(fake.result.Latency.Quantile(0.5)), "serve-p50-µs")
	b.ReportMetric(micros(fake.result.Latency.Quantile(0.99)), "serve-p99-µs")
	b.ReportMetric(micros(plain.result.Latency.Quantile(0.5)), "bare-p50-µs")
	b.ReportMetric(micros(plain.result.Latency.Quantile(0.99)), "bare-p99-µs")
	b.ReportMetric(micros(fake.stats.sched.quantile(0.99)), "serve-sched-p99-µs")
	b.ReportMetric(micros(plain.stats.sched.quantile(0.99)), "bare-sched-p99-µs")
	b.ReportMetric(micros(fake.stats.gcPauses.quantile(1)), "serve-gc-pause-max-µs")
	b.ReportMetric(micros(fakeTimes.quantile(0.99)), "serve-handler-p99-µs")
	b.ReportMetric(micros(bareTimes.quantile(0.99)), "bare-handler-p99-µs")
	b.ReportMetric(fake.stats.perRequest(float64(fake.stats.osWait.Microseconds()), fake.result.Requests), "serve-os-wait-µs/req")
	b.ReportMetric(fake.stats.gcPercent(), "serve-gc-cpu-%")
	if ownProcess {
		b.ReportMetric(fake.stats.perRequest(fake.stats.allocBytes, fake.result.Requests), "serve-B/req")
		b.ReportMetric(fake.stats.perRequest(fake.stats.allocObjects, fake.result.Requests), "serve-allocs/req")
		b.ReportMetric(plain.stats.perRequest(plain.stats.allocBytes, plain.result.Requests), "bare-B/req")
	}
	b.ReportMetric(float64(mem.HeapInuse)/(1<<20), "heap-MB")
}

// loadSender runs a load run in this process, or in a child process
// that lives until the benchmark ends.
func loadSender(b *testing.B, ownProcess bool) func(loadgen.Config) (loadgen.Result, error) {
	b.Helper()
	if !ownProcess {
		return func(cfg loadgen.Config) (loadgen.Result, error) { return loadgen.Run(context.Background(), cfg) }
	}
	p, err := loadgen.StartProcess(exec.Command(os.Args[0], "-test.run", "^$"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := p.Close(); err != nil {
			b.Error(err)
		}
	})
	return p.Run
}

// loadSide adds up one server's rounds: what the load generator measured
// and what this process did meanwhile.
type loadSide struct {
	result loadgen.Result
	stats  procStats
}

func (s *loadSide) run(b *testing.B, send func(loadgen.Config) (loadgen.Result, error), cfg loadgen.Config) {
	b.Helper()
	before := readProcStats()
	res, err := send(cfg)
	if err == nil && res.Failures > 0 {
		b.Fatalf("%d of %d requests to %s failed, the first with %s", res.Failures, cfg.Requests, cfg.URL, res.FirstFailure)
	}
	if err != nil {
		b.Fatal(err)
	}
	s.stats.add(readProcStats().minus(before))
	s.result.Latency.Merge(&res.Latency)
	s.result.Requests += res.Requests
	s.result.Elapsed += res.Elapsed
}

func micros(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// startServe runs a server as `hookemu serve` does (Serve on a loopback
// listener, a record logged for every request) until the benchmark ends,
// and returns its URL.
func startServe(b *testing.B, logger *slog.Logger) string {
	b.Helper()
	srv, err := fakeserver.New(fakeserver.Config{Logger: logger})
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	b.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			b.Error(err)
		}
	})
	return "http://" + ln.Addr().String()
}

// bareHandler is the least a Go server can do for the same request:
// read the body, answer a JSON of about the size 8x8 answers.
func bareHandler(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Destination string `json:"destination"`
		Text        string `json:"text"`
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || json.Unmarshal(body, &req) != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"umid": "bda3d56d-1424-e711-813c-06ed3428fe67", "clientMessageId": nil, "destination": req.Destination,
		"encoding": "GSM7", "status": map[string]string{"code": "QUEUED", "description": "SMS is accepted and queued for processing"},
	})
}
