package fakeserver

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestASlowEventClientIsDroppedWithoutBlockingTheFakes(t *testing.T) {
	t.Parallel()
	s, err := New(Config{})
	require.NoError(t, err)
	const buffer = 2
	slow := s.events.subscribe(buffer)
	defer s.events.unsubscribe(slow)
	// A client that keeps up tells when the watcher has published all.
	reader := s.events.subscribe(eventBuffer)
	defer s.events.unsubscribe(reader)
	const sends = buffer + 3

	for range sends {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/subaccounts/acme/messages",
			strings.NewReader(`{"destination": "+6512345678", "text": "Your code is 123456"}`))
		req.Header.Set("Authorization", "Bearer key")
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		require.Equal(t, http.StatusOK, w.Code, "a client that reads nothing must not hold up a send")
	}
	for range sends {
		ev := <-reader.events
		require.Equal(t, EventMessage, ev.Name)
	}
	received := 0
	for range slow.events { // ends when the client is dropped
		received++
	}
	assert.Equal(t, buffer, received, "the client got what its buffer held, then was dropped")
}
