package fakeserver_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/fakeserver/ssetest"
)

// openEvents connects to the event stream, subscribed.
func openEvents(t *testing.T, base string) *ssetest.Stream {
	t.Helper()
	return ssetest.Open(t, base+apiV1+"events")
}

func TestEventStreamTellsWhatHappensAsItHappens(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	events := openEvents(t, base)

	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "Your code is 123456"))
	name, data := events.Next(t)
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
	name, _ = events.Next(t)
	assert.Equal(t, fakeserver.EventDeleted, name)

	fault := `[{"destination": "+6512345678", "status": 500}]`
	require.Equal(t, http.StatusOK, api(t, http.MethodPut, base+apiV1+"faults/8x8", fault, nil))
	name, data = events.Next(t)
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
	for _, events := range []*ssetest.Stream{first, second} {
		for _, text := range []string{"one", "two"} {
			_, data := events.Next(t)
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
	assert.Equal(t, ": heartbeat", events.NextComment(t))
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
	events.Drain()
	require.NoError(t, <-served, "an open stream must not hold shutdown for its timeout")
}
