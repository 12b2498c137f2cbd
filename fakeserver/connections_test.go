package fakeserver_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// serveOn runs srv.Serve on loopback, as `hookemu serve` does (httptest
// would bring its own http.Server and its own timeouts), until the test ends.
func serveOn(t *testing.T, cfg fakeserver.Config) (*fakeserver.Server, string) {
	t.Helper()
	srv, err := fakeserver.New(cfg)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		<-served
	})
	return srv, ln.Addr().String()
}

// patience is how long a test waits for the server to drop a connection
// whose timeout is a few milliseconds: far more than any machine needs,
// far less than the defaults a broken configuration would fall back to.
const patience = 5 * time.Second

// closedByServer reads conn until the server closes it, and fails when it
// is still open after patience.
func closedByServer(t *testing.T, conn net.Conn) string {
	t.Helper()
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(patience)))
	data, err := io.ReadAll(conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the connection was still open after %s; read so far: %q", patience, data)
	}
	return string(data)
}

func TestSlowClientsLoseTheirConnection(t *testing.T) {
	t.Parallel()
	_, addr := serveOn(t, fakeserver.Config{Connections: fakeserver.Connections{
		ReadHeaderTimeout: 50 * time.Millisecond,
		ReadTimeout:       50 * time.Millisecond,
		IdleTimeout:       50 * time.Millisecond,
	}})
	tests := []struct {
		name string
		send string
	}{
		{"headers that never end are dropped", "POST " + send8x8Path + " HTTP/1.1\r\nHost: x\r\n"},
		{"a body that stops arriving is dropped", "POST " + send8x8Path + " HTTP/1.1\r\nHost: x\r\n" +
			"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"},
		{"a kept-alive connection with no next request is closed", "GET /_hookemu/readyz HTTP/1.1\r\nHost: x\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			conn, err := net.Dial("tcp", addr)
			require.NoError(t, err)
			defer conn.Close()
			_, err = io.WriteString(conn, tt.send)
			require.NoError(t, err)
			closedByServer(t, conn)
		})
	}
}

func TestHeadersBeyondTheBudgetAreRefusedAndNotJournaled(t *testing.T) {
	t.Parallel()
	srv, addr := serveOn(t, fakeserver.Config{})
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	huge := strings.Repeat("x", 2*fakeserver.DefaultMaxHeaderBytes)
	_, err = fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nX-Padding: %s\r\nContent-Length: 2\r\n\r\n{}", send8x8Path, huge)
	require.NoError(t, err)

	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, resp.StatusCode)
	assert.Zero(t, srv.Fake("8x8").Journal().Len(), "the request never reached the fake")
}

func TestTheReadTimeoutEndsNeitherLongPollsNorFaultDelays(t *testing.T) {
	t.Parallel()
	// The read timeout is long enough for a loaded machine to read each
	// request in it; the delay and the poll's timeout are twice as long.
	_, addr := serveOn(t, fakeserver.Config{Connections: fakeserver.Connections{ReadTimeout: time.Second}})
	base := "http://" + addr
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults/8x8", `[{"destination":"*","status":503,"delay":"2s"}]`, nil))

	assert.Equal(t, http.StatusServiceUnavailable, send8x8(t, base, to8x8, "delayed"),
		"the fault answers after its delay, the body having been read long before")
	assert.Equal(t, http.StatusRequestTimeout, api(t, http.MethodGet, base+apiV1+"wait?count=2&timeout=2s", "", nil),
		"the long poll runs to its own timeout")
}
