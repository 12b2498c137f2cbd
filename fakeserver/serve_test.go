package fakeserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

func TestServeShutsDownWhenItsContextEndsAndEndsLongPolls(t *testing.T) {
	t.Parallel()
	srv, err := fakeserver.New(fakeserver.Config{ShutdownTimeout: time.Hour})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+"/_hookemu/readyz", "", nil))

	polled := make(chan int, 1)
	go func() { polled <- api(t, http.MethodGet, base+apiV1+"wait?count=1&timeout=5m", "", nil) }()
	require.Eventually(t, func() bool { return srv.WaitsInFlight() == 1 }, time.Minute, time.Millisecond)
	cancel()

	select {
	case err := <-served:
		require.NoError(t, err)
	case <-time.After(time.Minute): // far below the hour and the five minutes a held poll would take
		t.Fatal("Serve did not return after its context ended; a long poll must not hold shutdown")
	}
	assert.Equal(t, http.StatusServiceUnavailable, <-polled)
	_, err = http.Get(base + "/_hookemu/readyz")
	assert.Error(t, err, "nothing listens after shutdown")
}

func TestEachRequestIsLoggedAsOneStructuredRecord(t *testing.T) {
	t.Parallel()
	var buf syncBuffer
	_, base := start(t, fakeserver.Config{Logger: slog.New(slog.NewJSONHandler(&buf, nil))})

	send8x8(t, base, to8x8, "logged")
	api(t, http.MethodGet, base+"/_hookemu/readyz", "", nil)

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.Len(t, lines, 2)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, "request", first["msg"])
	assert.Equal(t, "POST", first["method"])
	assert.Equal(t, send8x8Path, first["path"])
	assert.EqualValues(t, 200, first["status"])
	assert.Equal(t, "8x8", first["provider"])
	assert.NotContains(t, buf.String(), "secret-key", "credentials never reach the log")
}

// syncBuffer is a bytes.Buffer the server's goroutines can share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestOnlyLoopbackAddressesAreAllowedByDefault(t *testing.T) {
	t.Parallel()
	tests := []struct {
		addr string
		ok   bool
		want string
	}{
		{"127.0.0.1:8025", true, ""},
		{"127.0.0.1:0", true, ""},
		{"[::1]:8025", true, ""},
		{"localhost:8025", true, ""},
		{":8025", false, "every interface"},
		{"0.0.0.0:8025", false, "--public"},
		{"192.168.1.5:8025", false, "other machines"},
		{"8025", false, "not host:port"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			t.Parallel()
			err := fakeserver.RequireLoopback(tt.addr)
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
