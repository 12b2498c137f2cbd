package fakeserver_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// stream is one client of the event stream.
type stream struct {
	lines *bufio.Scanner
	close func()
}

// openEvents connects to the event stream and returns once the server has
// subscribed it (its first comment line), so anything sent afterwards
// reaches it.
func openEvents(t *testing.T, base string) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+apiV1+"events", nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	s := &stream{lines: bufio.NewScanner(resp.Body), close: func() { cancel(); resp.Body.Close() }}
	t.Cleanup(s.close)
	require.Equal(t, ": connected", s.nextComment(t))
	return s
}

// next reads the next event, skipping comments (heartbeats).
func (s *stream) next(t *testing.T) (name string, data string) {
	t.Helper()
	for s.lines.Scan() {
		line := s.lines.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data = strings.TrimPrefix(line, "data: ")
		case line == "" && name != "":
			return name, data
		}
	}
	t.Fatalf("the stream ended before an event: %v", s.lines.Err())
	return "", ""
}

// nextComment reads up to the next comment line.
func (s *stream) nextComment(t *testing.T) string {
	t.Helper()
	for s.lines.Scan() {
		if line := s.lines.Text(); strings.HasPrefix(line, ":") {
			return line
		}
	}
	t.Fatalf("the stream ended before a comment: %v", s.lines.Err())
	return ""
}

func TestEventStreamTellsWhatHappensAsItHappens(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	events := openEvents(t, base)

	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "Your code is 123456"))
	name, data := events.next(t)
	require.Equal(t, fakeserver.EventMessage, name)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(data), &got))
	var want map[string]any
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages/"+got["id"].(string), "", &want))
	assert.Equal(t, want, got, "a message event is the message as GET messages/{id} shows it")
	assert.Equal(t, "123456", got["code"])
	assert.Contains(t, data, `"Bearer <redacted>"`, "written as the API writes it, without HTML escapes")
	assert.Equal(t, "Bearer <redacted>", got["headers"].(map[string]any)["Authorization"])

	require.Equal(t, http.StatusNoContent, api(t, http.MethodDelete, base+apiV1+"messages", "", nil))
	name, _ = events.next(t)
	assert.Equal(t, fakeserver.EventDeleted, name)

	fault := `[{"destination": "+6512345678", "status": 500}]`
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults/8x8", fault, nil))
	name, data = events.next(t)
	require.Equal(t, fakeserver.EventFaults, name)
	var faults map[string][]map[string]any
	require.NoError(t, json.Unmarshal([]byte(data), &faults))
	require.Len(t, faults["8x8"], 1)
	assert.Equal(t, "+6512345678", faults["8x8"][0]["destination"])
}

func TestEventStreamShowsEveryClientEveryMessageInOrder(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	first, second := openEvents(t, base), openEvents(t, base)
	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "one"))
	require.Equal(t, http.StatusCreated, sendTwilio(t, base, toTwilio, "two"))
	for _, events := range []*stream{first, second} {
		for _, text := range []string{"one", "two"} {
			_, data := events.next(t)
			var m fakeserver.Message
			require.NoError(t, json.Unmarshal([]byte(data), &m))
			assert.Equal(t, text, m.Text)
		}
	}
}

func TestEventStreamSendsAHeartbeatWhenNothingHappens(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	srv.SetHeartbeat(time.Millisecond)
	events := openEvents(t, base)
	assert.Equal(t, ": heartbeat", events.nextComment(t))
}

func TestEventStreamEndsWhenTheServerShutsDown(t *testing.T) {
	t.Parallel()
	srv, err := fakeserver.New(fakeserver.Config{ShutdownTimeout: time.Hour})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	events := openEvents(t, "http://"+ln.Addr().String())
	cancel()
	for events.lines.Scan() {
	}
	require.NoError(t, <-served, "an open stream must not hold shutdown for its timeout")
}
