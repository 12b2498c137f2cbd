package fakeserver_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/internal/loadgen"
)

// Load benchmark settings: as many connections as the issue measured
// with, and enough requests per side per round that a round takes
// about a second on the reference machine.
const (
	loadConnections = 8
	loadRequests    = 8000
)

// BenchmarkServeLoad sends the 8x8 hook's request to serve's fake 8x8
// over loopback, and the same request to a bare net/http handler that
// reads the body and answers a similar JSON, with the same load
// generator, in the same process, one after the other in every round.
// The ratio of the two throughputs is the figure to read: the load
// generator shares the machine with both servers, so absolute figures
// move with the machine's load but the ratio much less.
//
//	go test -run '^$' -bench ServeLoad -benchtime 3x ./fakeserver/
func BenchmarkServeLoad(b *testing.B) {
	fakeURL := startServe(b)
	bare := httptest.NewServer(http.HandlerFunc(bareHandler))
	defer bare.Close()
	body, _ := json.Marshal(map[string]string{"destination": to8x8, "text": "Your code is 123456", "encoding": "AUTO"})
	header := http.Header{"Authorization": {"Bearer secret-key"}, "Content-Type": {"application/json"}}
	run := func(url string) *loadgen.Result {
		res, err := loadgen.Run(context.Background(), loadgen.Config{
			URL: url, Header: header, Body: body, Connections: loadConnections, Requests: loadRequests,
		})
		if err == nil && res.Failures > 0 {
			b.Fatalf("%d of %d requests to %s failed, the first with %s", res.Failures, loadRequests, url, res.FirstFailure)
		}
		if err != nil {
			b.Fatal(err)
		}
		return &res
	}
	run(bare.URL + send8x8Path) // warm both up: connections, first allocations
	run(fakeURL + send8x8Path)
	var fake, plain loadgen.Result
	for b.Loop() {
		p := run(bare.URL + send8x8Path)
		f := run(fakeURL + send8x8Path)
		plain.Latency.Merge(&p.Latency)
		plain.Requests += p.Requests
		plain.Elapsed += p.Elapsed
		fake.Latency.Merge(&f.Latency)
		fake.Requests += f.Requests
		fake.Elapsed += f.Elapsed
	}
	runtime.GC()
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	b.ReportMetric(fake.PerSecond(), "serve-req/s")
	b.ReportMetric(plain.PerSecond(), "bare-req/s")
	b.ReportMetric(100*fake.PerSecond()/plain.PerSecond(), "serve/bare-%")
	b.ReportMetric(micros(fake.Latency.Quantile(0.5)), "serve-p50-µs")
	b.ReportMetric(micros(fake.Latency.Quantile(0.99)), "serve-p99-µs")
	b.ReportMetric(micros(plain.Latency.Quantile(0.99)), "bare-p99-µs")
	b.ReportMetric(float64(mem.HeapInuse)/(1<<20), "heap-MB")
}

func micros(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// startServe runs a server as `hookemu serve` does (Serve on a loopback
// listener) until the benchmark ends, and returns its URL.
func startServe(b *testing.B) string {
	b.Helper()
	srv, err := fakeserver.New(fakeserver.Config{})
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
