package loadgen_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/loadgen"
)

// TestMain lets the process tests run this binary as a load generator.
func TestMain(m *testing.M) {
	loadgen.ServeIfChild()
	os.Exit(m.Run())
}

// counting is a server that answers 200 and counts what it answered.
func counting(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		_, _ = w.Write([]byte(`{"ok":true}`))
	}))
	t.Cleanup(srv.Close)
	return srv, &served
}

func TestAHistogramReadsBackFromItsJSONAsItWas(t *testing.T) {
	t.Parallel()
	var h loadgen.Histogram
	for i := 1; i <= 500; i++ {
		h.Record(time.Duration(i*i) * time.Microsecond)
	}
	data, err := json.Marshal(&h)
	require.NoError(t, err)
	var back loadgen.Histogram
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, h, back)
	assert.Less(t, len(data), 8<<10, "only the buckets that counted are written")
}

func TestAHistogramWithABucketOutOfRangeIsRefused(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, json string }{
		{"a bucket past the last", `{"buckets":[[1000000,1]],"max":1}`},
		{"a negative bucket", `{"buckets":[[-1,1]],"max":1}`},
		{"a negative count", `{"buckets":[[3,-1]],"max":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var h loadgen.Histogram
			assert.ErrorContains(t, json.Unmarshal([]byte(tt.json), &h), "buckets run from 0")
		})
	}
}

func TestServeRunsEveryConfigItReadsAndAnswersEach(t *testing.T) {
	t.Parallel()
	srv, served := counting(t)
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	require.NoError(t, enc.Encode(loadgen.Config{URL: srv.URL, Requests: 5}))
	require.NoError(t, enc.Encode(loadgen.Config{URL: srv.URL, Requests: 7, Connections: 3}))
	var out bytes.Buffer
	require.NoError(t, loadgen.Serve(context.Background(), &in, &out))
	assert.Equal(t, int64(12), served.Load())
	assert.Equal(t, 2, strings.Count(out.String(), "\n"), "one result a line")
}

func TestALoadGeneratorInAnotherProcessSendsTheRunsAndReportsThem(t *testing.T) {
	t.Parallel()
	srv, served := counting(t)
	p, err := loadgen.StartProcess(exec.Command(os.Args[0], "-test.run", "^$"))
	require.NoError(t, err)
	for _, requests := range []int{20, 30} {
		res, err := p.Run(loadgen.Config{URL: srv.URL, Connections: 2, Requests: requests})
		require.NoError(t, err)
		assert.Equal(t, requests, res.Requests)
		assert.Zero(t, res.Failures, res.FirstFailure)
		assert.Equal(t, int64(requests), res.Latency.Count())
		assert.Positive(t, res.Latency.Max())
		assert.Positive(t, res.Elapsed)
	}
	assert.Equal(t, int64(50), served.Load())

	_, err = p.Run(loadgen.Config{URL: srv.URL, Requests: 1, OK: func(int) bool { return true }})
	require.ErrorContains(t, err, "leave Config.OK nil", "a function cannot cross processes")
	require.NoError(t, p.Close())
}

func TestAFailedRunInAnotherProcessSaysWhy(t *testing.T) {
	t.Parallel()
	p, err := loadgen.StartProcess(exec.Command(os.Args[0], "-test.run", "^$"))
	require.NoError(t, err)
	defer func() { require.NoError(t, p.Close()) }()
	res, err := p.Run(loadgen.Config{URL: "http://127.0.0.1:1/", Requests: 3})
	require.NoError(t, err, "an unanswered request is a failure, not an error of the run")
	assert.Equal(t, 3, res.Failures)
	assert.Contains(t, res.FirstFailure, "127.0.0.1:1")
}
