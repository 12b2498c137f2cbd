package fakesns_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakesns"
)

func TestFaultsAnswerAsAnSNSOutageWould(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		fault  fakekit.Fault
		status int
		code   string
		kind   string
	}{
		{"a 500 is SNS's internal error", fakekit.Fault{Destination: "*", Status: 500}, 500, "InternalError", "Receiver"},
		{"a 503 is SNS being unavailable", fakekit.Fault{Destination: "+1 415 555 0100", Status: 503}, 503, "ServiceUnavailable", "Receiver"},
		{"a 429 is SNS throttling", fakekit.Fault{Destination: "14155550100", Status: 429}, 429, "Throttled", "Sender"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			fake := fakesns.New(fakesns.Config{Faults: []fakekit.Fault{c.fault}})
			rec := do(t, fake, call{form: publish("+14155550100", "hi")})
			require.Equal(t, c.status, rec.Code)
			e := decodeError(t, rec.Body.Bytes())
			assert.Equal(t, c.code, e.Code)
			assert.Equal(t, c.kind, e.Type)
			assert.Empty(t, fake.Messages())
			assert.Equal(t, "+14155550100", fake.Journal().Entries()[0].Destination)
		})
	}
}

func TestAFaultsMessageReplacesSNSs(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	fake.SetFaults([]fakekit.Fault{{Destination: "*", Status: 500, Message: "carrier down"}})
	assert.Len(t, fake.Faults(), 1)
	rec := do(t, fake, call{form: publish("+14155550100", "hi")})
	assert.Equal(t, "carrier down", decodeError(t, rec.Body.Bytes()).Message)
}

func TestFaultsComeAfterTheSignature(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500}}})
	req := call{form: publish("+14155550100", "hi")}.request(t)
	req.Header.Del("Authorization")
	rec := httptest.NewRecorder()
	fake.ServeHTTP(rec, req)
	assert.Equal(t, http.StatusForbidden, rec.Code)
}

func TestAClientThatGivesUpDuringADelayIsJournaledAs499(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
	ctx, cancel := context.WithCancel(context.Background())
	req := call{form: publish("+14155550100", "hi")}.request(t).WithContext(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fake.ServeHTTP(httptest.NewRecorder(), req)
	}()
	cancel()
	<-done
	entries := fake.Journal().Entries()
	require.Len(t, entries, 1)
	assert.Equal(t, 499, entries[0].Status)
	assert.Empty(t, fake.Messages())
}

func TestCheckJudgesLikeServeHTTPWithoutFaultsOrRecords(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500}}})

	good := call{form: publish("+14155550100", "hi")}.request(t)
	body := []byte(publish("+14155550100", "hi").Encode())
	status, errBody, ok := fake.Check(good.Method, good.URL.String(), good.Header, body)
	assert.True(t, ok)
	assert.Equal(t, http.StatusOK, status)
	assert.Nil(t, errBody)

	bad := call{form: publish("0800", "hi")}.request(t)
	status, errBody, ok = fake.Check(bad.Method, bad.URL.String(), bad.Header, []byte(publish("0800", "hi").Encode()))
	assert.False(t, ok)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "InvalidParameter", decodeError(t, errBody).Code)

	assert.Empty(t, fake.Journal().Entries())
	assert.Empty(t, fake.Messages())
}
