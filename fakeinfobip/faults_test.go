package fakeinfobip

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
		name   string
		fault  fakekit.Fault
		status int
		want   string
	}{
		{"an outage answers 503 with Infobip's general error", fakekit.Fault{Destination: "*", Status: 503}, 503,
			`{"requestError":{"serviceException":{"messageId":"GENERAL_ERROR","text":"Something went wrong. Please contact support."}}}`},
		{"rate limiting answers 429", fakekit.Fault{Destination: "+41 79 302 67 27", Status: 429}, 429,
			`{"requestError":{"serviceException":{"messageId":"TOO_MANY_REQUESTS","text":"Too many requests"}}}`},
		{"a fault's message replaces the text", fakekit.Fault{Destination: "*", Status: 500, Message: "down for maintenance"}, 500,
			`{"requestError":{"serviceException":{"messageId":"GENERAL_ERROR","text":"down for maintenance"}}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{Faults: []fakekit.Fault{c.fault}})
			a := do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi")})
			assert.Equal(t, c.status, a.status)
			assert.JSONEq(t, c.want, a.body)
			assert.Equal(t, "41793026727", s.Journal().Entries()[0].Destination)
		})
	}
}

func TestACodeFaultRejectsTheMessageInsideA200(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "41793026727", Code: 14}}})
	a := do(t, s, request{path: advancedPath, body: advancedBody("+41793026727", "hi")})
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "REJECTED_DESTINATION_BLOCKLISTED", a.firstStatus(t)["name"])
	assert.False(t, s.Journal().Entries()[0].Accepted)
}

func TestAFaultForAnotherNumberLeavesThisOneAlone(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "+15550000000", Status: 503}}})
	a := do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi")})
	assert.Equal(t, http.StatusOK, a.status)
}

func TestFaultsCanBeReplaced(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	s.SetFaults([]fakekit.Fault{{Destination: "*", Status: 502}})
	assert.Equal(t, []fakekit.Fault{{Destination: "*", Status: 502}}, s.Faults())
	assert.Equal(t, 502, do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi")}).status)
}

func TestADelayedAnswerGivesUpWithTheClient(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan answer, 1)
	go func() {
		done <- do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi"), ctx: ctx})
	}()
	cancel()
	<-done
	entries := s.Journal().Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, fakekit.StatusClientClosedRequest, entries[0].Status)
}

func TestResetForgetsTheJournal(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	do(t, s, request{path: advancedPath, body: advancedBody("41793026727", "hi")})
	s.Reset()
	assert.Empty(t, s.Journal().Entries())
}
