package loadgen_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/loadgen"
)

func TestHistogramQuantilesAreWithinTheirBucket(t *testing.T) {
	t.Parallel()
	var h loadgen.Histogram
	for i := 1; i <= 1000; i++ {
		h.Record(time.Duration(i) * time.Microsecond)
	}
	tests := []struct {
		name string
		q    float64
		want time.Duration
	}{
		{"the median is the 500th latency", 0.5, 500 * time.Microsecond},
		{"the 99th percentile is the 990th", 0.99, 990 * time.Microsecond},
		{"the top quantile is the longest", 1, 1000 * time.Microsecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := h.Quantile(tt.q)
			assert.LessOrEqual(t, got, tt.want)
			assert.GreaterOrEqual(t, got, tt.want-tt.want/32, "within one bucket (1/32) below")
		})
	}
	assert.Equal(t, int64(1000), h.Count())
	assert.Equal(t, time.Millisecond, h.Max())
}

func TestHistogramsMergeAndAnEmptyOneSaysZero(t *testing.T) {
	t.Parallel()
	var a, b, empty loadgen.Histogram
	a.Record(10 * time.Nanosecond)
	b.Record(time.Second)
	a.Merge(&b)
	assert.Equal(t, int64(2), a.Count())
	assert.Equal(t, time.Second, a.Max())
	assert.Equal(t, 10*time.Nanosecond, a.Quantile(0.5), "tiny latencies have a bucket per nanosecond")
	assert.Zero(t, empty.Quantile(0.99))
}

func TestARunSendsExactlyTheRequestsAskedOverAtMostTheConnectionsAsked(t *testing.T) {
	t.Parallel()
	var served, inFlight, most atomic.Int64
	var mu sync.Mutex
	conns := map[string]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
		}
		mu.Lock()
		conns[r.RemoteAddr] = true
		mu.Unlock()
		body, _ := io.ReadAll(r.Body)
		if string(body) != "ping" || r.Header.Get("X-Test") != "yes" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		served.Add(1)
		_, _ = io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()

	res, err := loadgen.Run(context.Background(), loadgen.Config{
		URL: srv.URL, Body: []byte("ping"), Header: http.Header{"X-Test": {"yes"}},
		Connections: 4, Requests: 200,
	})
	require.NoError(t, err)
	assert.Equal(t, 200, res.Requests)
	assert.Zero(t, res.Failures, res.FirstFailure)
	assert.Equal(t, int64(200), served.Load())
	assert.Equal(t, int64(200), res.Latency.Count())
	assert.LessOrEqual(t, most.Load(), int64(4), "never more in flight than connections")
	// A connection may be replaced now and then (the transport drops one it
	// cannot park in time on a busy machine), but 200 requests do not each
	// open their own.
	assert.Less(t, len(conns), 20, "connections are kept alive and reused")
	assert.Positive(t, res.PerSecond())
}

func TestAnswersThatAreNotOKAreCountedAsFailures(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()

	res, err := loadgen.Run(context.Background(), loadgen.Config{URL: srv.URL, Method: http.MethodGet, Connections: 2, Requests: 10})
	require.NoError(t, err)
	assert.Zero(t, res.Requests)
	assert.Equal(t, 10, res.Failures)
	assert.Equal(t, "status 429", res.FirstFailure)

	res, err = loadgen.Run(context.Background(), loadgen.Config{URL: srv.URL, Requests: 3,
		OK: func(status int) bool { return status == http.StatusTooManyRequests }})
	require.NoError(t, err)
	assert.Equal(t, 3, res.Requests, "OK decides what counts as served")
}

func TestARunEndsWhenItsContextEnds(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cancel() // the first request ends the run, and none is ever answered
		<-r.Context().Done()
	}))
	defer srv.Close()

	res, err := loadgen.Run(ctx, loadgen.Config{URL: srv.URL, Requests: 1_000_000, Connections: 2})
	require.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, res.Requests)
	assert.Less(t, res.Failures, 1_000_000, "it stopped early")
}
