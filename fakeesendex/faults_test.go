package fakeesendex

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFaults(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name        string
		fault       fakekit.Fault
		status      int
		description string
	}{
		{"an outage answers 503", fakekit.Fault{Destination: "*", Status: 503}, 503, "The service is unavailable, try again later"},
		{"an account out of credits answers 402", fakekit.Fault{Destination: "+44 7700 900123", Status: 402}, 402, "Not enough message credits"},
		{"a fault's message replaces the description", fakekit.Fault{Destination: "*", Status: 500, Message: "maintenance"}, 500, "maintenance"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{Faults: []fakekit.Fault{c.fault}})
			a := do(t, s, request{body: jsonBody(DemoAccountReference, "447700900123", "hi")})
			assert.Equal(t, c.status, a.status)
			assert.Equal(t, c.description, a.decode(t)["errors"].([]any)[0].(map[string]any)["description"])
			assert.Equal(t, "447700900123", s.Journal().Entries()[0].Destination)
		})
	}
}

func TestAFaultComesAfterTheLogin(t *testing.T) {
	t.Parallel()
	cfg := demoAccount()
	cfg.Faults = []fakekit.Fault{{Destination: "*", Status: 503}}
	s := newTestServer(cfg)
	h := jsonClient()
	h.Set("Authorization", basic(DemoUsername, "nope"))
	assert.Equal(t, http.StatusForbidden, do(t, s, request{header: h, body: jsonBody(DemoAccountReference, "447700900123", "hi")}).status)
}

func TestFaultsCanBeReplaced(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	s.SetFaults([]fakekit.Fault{{Destination: "*", Status: 502}})
	assert.Equal(t, []fakekit.Fault{{Destination: "*", Status: 502}}, s.Faults())
	assert.Equal(t, 502, do(t, s, request{body: jsonBody(DemoAccountReference, "447700900123", "hi")}).status)
	s.Reset()
	assert.Empty(t, s.Journal().Entries())
}

func TestADelayedAnswerGivesUpWithTheClient(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan answer, 1)
	go func() {
		done <- do(t, s, request{body: jsonBody(DemoAccountReference, "447700900123", "hi"), ctx: ctx})
	}()
	cancel()
	<-done
	entries := s.Journal().Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, fakekit.StatusClientClosedRequest, entries[0].Status)
}
