// Package ssetest is a client of serve's event stream for tests: it
// connects, waits until the server has subscribed it, and reads events
// and comment lines one at a time, so a test synchronises on what the
// stream says rather than on time.
package ssetest

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Stream is one client of the event stream.
type Stream struct {
	lines *bufio.Scanner
}

// Open connects to url (…/_hookemu/api/v1/events) and returns once the
// server has subscribed it (its ": connected" comment), so anything sent
// afterwards reaches it. The connection closes when the test ends.
func Open(t *testing.T, url string) *Stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	t.Cleanup(func() { cancel(); resp.Body.Close() })
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	s := &Stream{lines: bufio.NewScanner(resp.Body)}
	s.lines.Buffer(make([]byte, 0, 64<<10), 8<<20)
	require.Equal(t, ": connected", s.NextComment(t))
	return s
}

// Next reads the next event, skipping comments (heartbeats).
func (s *Stream) Next(t *testing.T) (name, data string) {
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

// NextComment reads up to the next comment line.
func (s *Stream) NextComment(t *testing.T) string {
	t.Helper()
	for s.lines.Scan() {
		if line := s.lines.Text(); strings.HasPrefix(line, ":") {
			return line
		}
	}
	t.Fatalf("the stream ended before a comment: %v", s.lines.Err())
	return ""
}

// Drain reads until the server ends the stream.
func (s *Stream) Drain() {
	for s.lines.Scan() {
	}
}
