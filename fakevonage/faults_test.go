package fakevonage

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

func TestFaults(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		fault  fakekit.Fault
		status int
		body   string
	}{
		{"a code answers that status inside a 200, in the service's words",
			fakekit.Fault{Destination: "*", Code: StatusThrottled}, http.StatusOK,
			`{"message-count":"1","messages":[{"status":"1","error-text":"Throughput Rate Exceeded - please wait [ 1000 ] and retry"}]}`},
		{"a code with a message answers that text",
			fakekit.Fault{Destination: "+447700900000", Code: StatusPartnerQuotaViolation, Message: "Out of credit"}, http.StatusOK,
			`{"message-count":"1","messages":[{"to":"447700900000","status":"9","error-text":"Out of credit"}]}`},
		{"an HTTP status answers an empty error", fakekit.Fault{Destination: "*", Status: http.StatusServiceUnavailable}, http.StatusServiceUnavailable, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := New(Config{Faults: []fakekit.Fault{tc.fault}})
			rec := postForm(t, s, PathJSON, goodForm())
			assert.Equal(t, tc.status, rec.Code)
			assert.Equal(t, tc.body, rec.Body.String())
			assert.Equal(t, "15.53590000", s.Balance())
		})
	}

	t.Run("a fault for another destination changes nothing", func(t *testing.T) {
		t.Parallel()
		s := New(Config{Faults: []fakekit.Fault{{Destination: "+6512345678", Code: 5}}})
		assert.Equal(t, "0", decode(t, postForm(t, s, PathJSON, goodForm())).Messages[0]["status"])
	})

	t.Run("SetFaults replaces the faults in force", func(t *testing.T) {
		t.Parallel()
		s := New(Config{})
		s.SetFaults([]fakekit.Fault{{Destination: "*", Code: StatusInternalError}})
		assert.Equal(t, []fakekit.Fault{{Destination: "*", Code: StatusInternalError}}, s.Faults())
		assert.Equal(t, "5", decode(t, postForm(t, s, PathJSON, goodForm())).Messages[0]["status"])
	})

	t.Run("a client that gives up during a delay is journaled as 499", func(t *testing.T) {
		t.Parallel()
		s := New(Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		req := httptest.NewRequest(http.MethodPost, "https://"+Host+PathJSON, strings.NewReader(goodForm().Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		serveCtx(ctx, s, req)
		require.Len(t, s.Entries(), 1)
		assert.Equal(t, fakekit.StatusClientClosedRequest, s.Entries()[0].Status)
	})
}

func TestCheckJudgesWithoutRecordingOrCharging(t *testing.T) {
	t.Parallel()
	cfg := pinned()
	cfg.Faults = []fakekit.Fault{{Destination: "*", Status: 500}}
	s := New(cfg)
	header := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}

	status, body, ok := s.Check(http.MethodPost, PathJSON, header, []byte(goodForm().Encode()))
	assert.True(t, ok, "faults are not applied: they are the service misbehaving")
	assert.Equal(t, http.StatusOK, status)
	assert.Empty(t, body)

	status, body, ok = s.Check(http.MethodPost, PathJSON+"?"+with(goodForm(), map[string]string{"api_secret": "wrong"}).Encode(), http.Header{}, nil)
	assert.False(t, ok)
	assert.Equal(t, http.StatusOK, status)
	assert.JSONEq(t, `{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`, string(body))

	status, _, ok = s.Check(http.MethodDelete, PathJSON, header, nil)
	assert.False(t, ok)
	assert.Equal(t, http.StatusMethodNotAllowed, status)

	assert.Empty(t, s.Entries())
	assert.Equal(t, "15.53590000", s.Balance())
}
