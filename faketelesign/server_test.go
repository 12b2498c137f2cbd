package faketelesign

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

func TestRequestsNoEndpointAnswersAreRefused(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, method, path string
		status             int
	}{
		{"an unknown path is 404", http.MethodPost, "/v1/sms", http.StatusNotFound},
		{"a path under verify that is no endpoint is 404", http.MethodPost, "/v1/verify/sms/extra", http.StatusNotFound},
		{"a GET of the send path is 405", http.MethodGet, "/v1/messaging", http.StatusMethodNotAllowed},
		{"a POST to a status path is 405", http.MethodPost, "/v1/verify/0123456789ABCDEF0123456789ABCDEF", http.StatusMethodNotAllowed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := do(t, New(Config{}), c.method, c.path, demoAuth(), message("15558675309"))
			assert.Equal(t, c.status, a.status, a.raw)
			assert.NotEmpty(t, a.body["status"])
		})
	}
}

func TestABodyTooLargeIsRefusedUnread(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	form := message("15558675309")
	form.Set("message", strings.Repeat("x", maxBodyBytes))
	a := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), form)
	assert.Equal(t, http.StatusRequestEntityTooLarge, a.status)
	assert.Empty(t, s.Entries()[0].Body)
}

func TestFaultsMakeTeleSignMisbehave(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name          string
		fault         fakekit.Fault
		status        int
		messagingCode int
		verifyCode    int
	}{
		{"an outage is 503 System Unavailable", fakekit.Fault{Destination: "*", Status: 503}, 503, 10000, -90001},
		{"rate limiting is 429", fakekit.Fault{Destination: "+1 555 867 5309", Status: 429}, 429, 10019, -40007},
		{"a fault's own code and message win", fakekit.Fault{Destination: "15558675309", Status: 400, Code: 11001, Message: "Invalid country code for parameter phone_number."}, 400, 11001, 11001},
		{"a code alone is a 400", fakekit.Fault{Destination: "*", Code: 12345}, 400, 12345, 12345},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := New(Config{Faults: []fakekit.Fault{c.fault}})
			m := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("+15558675309"))
			assert.Equal(t, c.status, m.status, m.raw)
			assert.Equal(t, c.messagingCode, m.statusCode())
			if c.fault.Message != "" {
				assert.Equal(t, c.fault.Message, m.statusDescription())
			}
			v := do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), verification("+15558675309"))
			assert.Equal(t, c.status, v.status, v.raw)
			code, _ := v.firstError()
			assert.Equal(t, c.verifyCode, code)
			assert.Empty(t, s.Transactions())
		})
	}
	t.Run("a fault for another number leaves this one alone", func(t *testing.T) {
		t.Parallel()
		s := New(Config{Faults: []fakekit.Fault{{Destination: "+4420", Status: 503}}})
		assert.Equal(t, http.StatusOK, do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("15558675309")).status)
	})
	t.Run("faults set later replace the configured ones", func(t *testing.T) {
		t.Parallel()
		s := New(Config{Faults: []fakekit.Fault{{Destination: "*", Status: 503}}})
		s.SetFaults(nil)
		assert.Empty(t, s.Faults())
		assert.Equal(t, http.StatusOK, do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("15558675309")).status)
	})
}

func TestAClientThatLeavesDuringADelayIsJournaledAs499(t *testing.T) {
	t.Parallel()
	s := New(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, cancel := context.WithCancel(context.Background())
	r := httptest.NewRequest(http.MethodPost, "/v1/messaging", strings.NewReader(message("15558675309").Encode())).WithContext(ctx)
	r.Header = demoAuth()
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.ServeHTTP(httptest.NewRecorder(), r)
	}()
	cancel()
	<-done
	entries := s.Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, statusClientClosed, entries[0].Status)
	assert.False(t, entries[0].Accepted)
}

func TestCheckJudgesWithoutRecording(t *testing.T) {
	t.Parallel()
	s := New(Config{CustomerID: demoCustomerID, APIKey: demoAPIKey, Faults: []fakekit.Fault{{Destination: "*", Status: 503}}})
	body := []byte(message("15558675309").Encode())

	status, errBody, ok := s.Check(http.MethodPost, "/v1/messaging", demoAuth(), body)
	assert.True(t, ok, "faults stand for TeleSign misbehaving, not for the request")
	assert.Equal(t, http.StatusOK, status)
	assert.Nil(t, errBody)

	status, errBody, ok = s.Check(http.MethodPost, "/v1/messaging", basic(demoCustomerID, "d3Jvbmc="), body)
	assert.False(t, ok)
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Contains(t, string(errBody), `"code":10022`)

	status, _, ok = s.Check(http.MethodGet, "/v1/verify/0123456789ABCDEF0123456789ABCDEF?verify_code=1234", demoAuth(), nil)
	assert.True(t, ok, "a real reference id is unknown to the fake")
	assert.Equal(t, http.StatusOK, status)

	assert.Empty(t, s.Entries())
	assert.Empty(t, s.Transactions())
}

func TestTheJournalShowsEveryRequestAndItsFate(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	ok := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("+15558675309"))
	do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), verification("nope"))

	entries := s.Entries()
	require.Len(t, entries, 2)
	assert.Equal(t, Name, entries[0].Provider)
	assert.Equal(t, "+15558675309", entries[0].Destination)
	assert.Equal(t, ok.body["reference_id"], entries[0].MessageID)
	assert.True(t, entries[0].Accepted)
	assert.Equal(t, ok.raw, string(entries[0].Response))
	assert.Equal(t, "nope", entries[1].Destination)
	assert.False(t, entries[1].Accepted)
	assert.Equal(t, http.StatusBadRequest, entries[1].Status)

	s.Reset()
	assert.Empty(t, s.Entries())
	assert.Empty(t, s.Transactions())
}

func TestTheSameSeedGivesTheSameAnswers(t *testing.T) {
	t.Parallel()
	run := func() []string {
		s := newSeeded(Config{})
		var out []string
		for _, phone := range []string{"15558675309", "442071838750", "bad"} {
			out = append(out, do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), verification(phone)).raw)
		}
		return out
	}
	assert.Equal(t, run(), run())
}

func TestConcurrentSendsGetDistinctReferences(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	const n = 32
	refs := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r := httptest.NewRequest(http.MethodPost, "/v1/messaging", strings.NewReader(message("15558675309").Encode()))
			r.Header = demoAuth()
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			var body struct {
				Ref string `json:"reference_id"`
			}
			_ = json.Unmarshal(w.Body.Bytes(), &body)
			refs[i] = body.Ref
		})
	}
	wg.Wait()
	seen := map[string]bool{}
	for _, ref := range refs {
		assert.NotEmpty(t, ref)
		seen[ref] = true
	}
	assert.Len(t, seen, n)
	assert.Len(t, s.Transactions(), n)
}
