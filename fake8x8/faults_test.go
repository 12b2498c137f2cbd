package fake8x8

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAFaultAnswersThe8x8ErrorForItsStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		fault       fakekit.Fault
		wantStatus  int
		wantCode    int
		wantMessage string
	}{
		{name: "a 500 fault answers code 2000", fault: fakekit.Fault{Status: 500},
			wantStatus: 500, wantCode: 2000, wantMessage: "Internal server error"},
		{name: "a 401 fault answers code 1200", fault: fakekit.Fault{Status: 401},
			wantStatus: 401, wantCode: 1200, wantMessage: "Request was not authenticated properly"},
		{name: "a 403 fault answers code 1201", fault: fakekit.Fault{Status: 403},
			wantStatus: 403, wantCode: 1201, wantMessage: "Access forbidden"},
		{name: "a 404 fault answers code 1300", fault: fakekit.Fault{Status: 404},
			wantStatus: 404, wantCode: 1300, wantMessage: "Not found"},
		{name: "a 429 fault answers code 429", fault: fakekit.Fault{Status: 429},
			wantStatus: 429, wantCode: 429, wantMessage: "Quota exceeded. Please try again in 1 second(s)."},
		{name: "a 400 fault answers code 1000", fault: fakekit.Fault{Status: 400},
			wantStatus: 400, wantCode: 1000, wantMessage: "Invalid parameter"},
		{name: "another 4xx fault answers code 1000", fault: fakekit.Fault{Status: 418},
			wantStatus: 418, wantCode: 1000, wantMessage: "Invalid parameter"},
		{name: "a 503 fault answers code 2000", fault: fakekit.Fault{Status: 503},
			wantStatus: 503, wantCode: 2000, wantMessage: "Internal server error"},
		{name: "a fault's code overrides the status's", fault: fakekit.Fault{Status: 400, Code: 1002},
			wantStatus: 400, wantCode: 1002, wantMessage: msgInvalidMSISDN},
		{name: "a fault's message overrides the code's", fault: fakekit.Fault{Status: 500, Message: "Upstream carrier down"},
			wantStatus: 500, wantCode: 2000, wantMessage: "Upstream carrier down"},
		{name: "a fault with only a code answers that code's status", fault: fakekit.Fault{Code: 1201},
			wantStatus: 403, wantCode: 1201, wantMessage: "Access forbidden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fault.Destination = "+6512345678"
			s := newTestServer(Config{Faults: []fakekit.Fault{tt.fault}})
			r := send(t, s, validSend)
			assertError(t, r, tt.wantStatus, tt.wantCode, tt.wantMessage)
			assert.Empty(t, s.Messages(), "a faulted message is not stored")
			entries := s.Entries()
			require.Len(t, entries, 1)
			assert.Equal(t, tt.wantStatus, entries[0].Status)
			assert.Equal(t, r.body, string(entries[0].Response))
			assert.Equal(t, "+6512345678", entries[0].Destination)
			assert.False(t, entries[0].Accepted)
		})
	}
}

func TestA429FaultSaysWhenToRetry(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Status: 429}}})
	assert.Equal(t, "1", send(t, s, validSend).header.Get("Retry-After"))
}

func TestFaultsMatchTheirDestinationOnly(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "+65 1234-5678", Status: 500}}})

	t.Run("the same number written another way is faulted", func(t *testing.T) {
		assert.Equal(t, 500, send(t, s, `{"destination":"6512345678","text":"hi"}`).status)
	})
	t.Run("another number is answered normally", func(t *testing.T) {
		assert.Equal(t, 200, send(t, s, `{"destination":"+6587654321","text":"hi"}`).status)
	})
	t.Run("a wildcard fault matches even a body that is not JSON", func(t *testing.T) {
		s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Status: 503}}})
		assert.Equal(t, 503, send(t, s, "not json").status)
	})
}

func TestAFaultComesAfterAuthenticationAndBeforeValidation(t *testing.T) {
	t.Parallel()
	faults := []fakekit.Fault{{Destination: "*", Status: 500, Delay: time.Hour}}

	t.Run("an unauthenticated request is refused without the fault", func(t *testing.T) {
		t.Parallel()
		s := newTestServer(Config{Faults: faults})
		r := do(t, s, request{path: sendPath, body: validSend, header: http.Header{}})
		assertError(t, r, http.StatusUnauthorized, CodeUnauthenticated, msgUnauthenticated)
	})
	t.Run("an invalid message gets the fault rather than its validation error", func(t *testing.T) {
		t.Parallel()
		s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "6512345678", Status: 500}}})
		r := send(t, s, `{"destination":"+6512345678"}`)
		assertError(t, r, http.StatusInternalServerError, CodeInternal, msgInternal)
	})
}

func TestADelayOnlyFaultAnswersNormallyButLate(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "+6512345678", Delay: 50 * time.Millisecond}}})
	start := time.Now()
	r := send(t, s, validSend)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
	assert.Equal(t, http.StatusOK, r.status, r.body)
	assert.Len(t, s.Messages(), 1)
}

func TestADelayFaultThenAnswersItsStatus(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: 30 * time.Millisecond, Status: 502}}})
	start := time.Now()
	r := send(t, s, validSend)
	assert.GreaterOrEqual(t, time.Since(start), 30*time.Millisecond)
	assertError(t, r, http.StatusBadGateway, CodeInternal, msgInternal)
}

func TestADelayEndsWhenTheClientGivesUp(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	r := do(t, s, request{path: sendPath, body: validSend, ctx: ctx})
	assert.Less(t, time.Since(start), time.Minute, "the fake stops waiting with its client, far before the hour of the delay")
	assert.Equal(t, fakekit.StatusClientClosedRequest, r.status)
	assert.Empty(t, s.Messages())
	entries := s.Entries()
	require.Len(t, entries, 1, "the abandoned request is journaled")
	assert.Equal(t, fakekit.StatusClientClosedRequest, entries[0].Status)
}

func TestADelayEndsWhenAnHTTPClientGivesUp(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, arrived := giveUpOnArrival(t, s)
	srv := httptest.NewServer(arrived)
	defer srv.Close()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+sendPath, strings.NewReader(validSend))
	require.NoError(t, err)
	req.Header = authHeader()
	_, err = http.DefaultClient.Do(req)
	require.Error(t, err)
	wait, cancel := context.WithTimeout(context.Background(), time.Minute) // far below the hour of the delay
	defer cancel()
	_, err = s.Journal().WaitFor(wait, func(e []fakekit.Entry) bool { return len(e) == 1 })
	require.NoError(t, err, "the server side gives up too and journals the request")
}

// giveUpOnArrival wraps h so that the returned context ends once a request
// has reached h: a client using the context gives up while the handler
// runs, however slow the machine, where a client timeout could fire before
// the request even arrived.
func giveUpOnArrival(t *testing.T, h http.Handler) (context.Context, http.Handler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	return ctx, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cancel()
		h.ServeHTTP(w, r)
	})
}

func TestABatchIsFaultedByAnyOfItsDestinations(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "+6598760002", Status: 500}}})
	r := sendBatchBody(t, s, `{"destinations":["+6598760001","+6598760002"],"template":{"text":"x"}}`)
	assertError(t, r, http.StatusInternalServerError, CodeInternal, msgInternal)
	assert.Empty(t, s.Messages(), "a faulted batch stores nothing")

	r = sendBatchBody(t, s, `{"messages":[{"destination":"+6598760002","text":"x"}]}`)
	assert.Equal(t, http.StatusInternalServerError, r.status)
}

func TestFaultsDoNotApplyToReadsAndCancellations(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	require.Equal(t, http.StatusOK, send(t, s, validSend).status)
	s.SetFaults([]fakekit.Fault{{Destination: "*", Status: 500}})
	assert.Equal(t, http.StatusOK, get(t, s, sendPath+"/"+testID(1)).status)
	assert.Equal(t, http.StatusOK, get(t, s, "/api/v1/accounts/acme/balance").status)
	assert.Equal(t, http.StatusOK, del(t, s, sendPath+"/"+testID(1)).status)
}

func TestFaultsCanBeReplacedAtRunTime(t *testing.T) {
	t.Parallel()
	configured := []fakekit.Fault{{Destination: "*", Status: 500}}
	s := newTestServer(Config{Faults: configured})
	configured[0].Status = 400
	assert.Equal(t, []fakekit.Fault{{Destination: "*", Status: 500}}, s.Faults(), "the fake keeps its own copy")
	assert.Equal(t, 500, send(t, s, validSend).status)

	s.SetFaults(nil)
	assert.Empty(t, s.Faults())
	assert.Equal(t, 200, send(t, s, validSend).status)

	s.Reset()
	s.SetFaults([]fakekit.Fault{{Destination: "6512345678", Status: 429}})
	s.Reset()
	assert.Equal(t, 429, send(t, s, validSend).status, "Reset keeps the faults")
}
