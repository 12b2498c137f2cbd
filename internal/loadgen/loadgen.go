// Package loadgen sends a fixed number of HTTP requests over a fixed
// number of kept-alive connections and reports throughput and latency
// quantiles. It exists to measure serve against a bare net/http handler
// with the same client in the same process (see fakeserver's load
// benchmark): external tools would add their own costs, and differently
// for each side. Its memory is bounded whatever the request count: the
// latencies go into fixed-size histograms, one per connection.
package loadgen

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Config is one load run. It travels as JSON to a load generator in its
// own process (see Process), all but OK.
type Config struct {
	URL    string      `json:"url"`
	Method string      `json:"method,omitempty"` // POST when empty
	Header http.Header `json:"header,omitempty"`
	Body   []byte      `json:"body,omitempty"`
	// Connections is how many requests are in flight at once, each on its
	// own kept-alive connection (1 when <= 0).
	Connections int `json:"connections"`
	// Requests is how many requests the run sends in all.
	Requests int `json:"requests"`
	// OK tells an answer that counts as served from a failure; a 2xx
	// status when nil. A function cannot cross processes: a Process
	// refuses a Config that sets it.
	OK func(status int) bool `json:"-"`
}

// Result is what a run measured.
type Result struct {
	Requests int `json:"requests"` // answered as OK says
	Failures int `json:"failures"` // answered otherwise, or not answered
	// FirstFailure describes the first failure, for the error message.
	FirstFailure string        `json:"first_failure,omitempty"`
	Elapsed      time.Duration `json:"elapsed"`
	Latency      Histogram     `json:"latency"`
}

// PerSecond is the OK requests per second of wall-clock time.
func (r *Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// Run sends cfg.Requests requests to cfg.URL, cfg.Connections at a time,
// and returns what it measured. It stops early, with an error, when ctx
// ends.
func Run(ctx context.Context, cfg Config) (Result, error) {
	conns := max(cfg.Connections, 1)
	transport := &http.Transport{
		MaxIdleConnsPerHost: conns,
		MaxConnsPerHost:     conns,
		DisableCompression:  true,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport}
	workers := make([]worker, conns)
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := range workers {
		w := &workers[i]
		wg.Go(func() {
			for n := next.Add(1); n <= int64(cfg.Requests) && ctx.Err() == nil; n = next.Add(1) {
				w.send(ctx, client, cfg)
			}
		})
	}
	wg.Wait()
	res := Result{Elapsed: time.Since(start)}
	for i := range workers {
		w := &workers[i]
		res.Requests += w.ok
		res.Failures += w.failed
		if res.FirstFailure == "" {
			res.FirstFailure = w.firstFailure
		}
		res.Latency.Merge(&w.latency)
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("the load run stopped after %d of %d requests: %w", res.Requests+res.Failures, cfg.Requests, err)
	}
	return res, nil
}

// worker is one connection's requests; only its goroutine touches it.
type worker struct {
	ok, failed   int
	firstFailure string
	latency      Histogram
}

func (w *worker) send(ctx context.Context, client *http.Client, cfg Config) {
	method := cfg.Method
	if method == "" {
		method = http.MethodPost
	}
	began := time.Now()
	req, err := http.NewRequestWithContext(ctx, method, cfg.URL, bytes.NewReader(cfg.Body))
	if err != nil {
		w.fail(err.Error())
		return
	}
	for name, values := range cfg.Header {
		req.Header[name] = values
	}
	resp, err := client.Do(req)
	if err != nil {
		w.fail(err.Error())
		return
	}
	// Read to the end so the connection is reused.
	_, err = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	w.latency.Record(time.Since(began))
	ok := cfg.OK
	if ok == nil {
		ok = func(status int) bool { return status >= 200 && status < 300 }
	}
	switch {
	case err != nil:
		w.fail("reading the answer: " + err.Error())
	case !ok(resp.StatusCode):
		w.fail(fmt.Sprintf("status %d", resp.StatusCode))
	default:
		w.ok++
	}
}

func (w *worker) fail(why string) {
	w.failed++
	if w.firstFailure == "" {
		w.firstFailure = why
	}
}
