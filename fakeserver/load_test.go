package fakeserver_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
)

// TestTheJournalBoundHoldsUnder100000Requests sends a fixed number of
// requests through the handler in-process (no sockets, so it is quick and
// stops by itself) from a worker per CPU, half to each provider, and
// checks that each keeps exactly its newest MaxMessages.
func TestTheJournalBoundHoldsUnder100000Requests(t *testing.T) {
	t.Parallel()
	const total, bound = 100_000, 500
	srv, err := fakeserver.New(fakeserver.Config{MaxMessages: bound})
	require.NoError(t, err)

	var next, failures atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := next.Add(1); i <= total; i = next.Add(1) {
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, loadRequest(i))
				if w.Code >= 300 && w.Code != http.StatusUnauthorized {
					failures.Add(1)
				}
			}
		})
	}
	wg.Wait()

	require.Zero(t, failures.Load(), "every request is answered as planned (the one without credentials with 401)")
	for _, provider := range []string{"8x8", "twilio"} {
		msgs, kept := srv.Messages(fakeserver.Filter{Provider: provider}, 0)
		assert.Equal(t, bound, kept, "%s keeps exactly its bound", provider)
		assert.Equal(t, fmt.Sprintf("%s-%d", provider, total/2), msgs[0].ID, "the newest is kept")
		assert.Equal(t, fmt.Sprintf("%s-%d", provider, total/2-bound+1), msgs[bound-1].ID, "the oldest are dropped")
	}
	assert.Len(t, fake8x8Of(srv).Messages(), bound, "stored 8x8 messages are bounded too")
	assert.Len(t, fakeTwilioOf(srv).Messages(), bound, "stored Twilio messages are bounded too")
}

// loadRequest is request i. Odd ones go to 8x8, even ones to Twilio; one
// in ten of each sends an SMS to a new number (so the stored messages
// overflow their bound too); the others are cheap requests the journal
// records all the same (8x8's balance, a Twilio send without credentials),
// which keeps the test within seconds under -race.
// Requests are built by hand: httptest.NewRequest parses a request line
// and would double the test's time.
func loadRequest(i int64) *http.Request {
	number := fmt.Sprintf("+6591%06d", i%1_000_000)
	send := i%20 < 2
	switch {
	case i%2 == 1 && send:
		return loadRequest8x8(http.MethodPost, send8x8Path, `{"destination":"`+number+`","text":"Your code is 123456"}`)
	case i%2 == 1:
		return loadRequest8x8(http.MethodGet, "/api/v1/accounts/acme/balance", "")
	case send:
		form := url.Values{"To": {number}, "From": {"+15005550006"}, "Body": {"Your code is 123456"}}
		return loadRequestTwilio(http.MethodPost, twilioMessagesPath, form.Encode())
	default:
		r := loadRequestTwilio(http.MethodPost, twilioMessagesPath, "To=%2B15005550006&Body=hi")
		r.Header.Del("Authorization")
		return r
	}
}

func loadRequest8x8(method, path, body string) *http.Request {
	return &http.Request{
		Method: method,
		URL:    &url.URL{Path: path},
		Header: http.Header{"Authorization": {"Bearer k"}, "Content-Type": {"application/json"}},
		Body:   io.NopCloser(strings.NewReader(body)),
	}
}

func loadRequestTwilio(method, path, body string) *http.Request {
	r := &http.Request{
		Method: method,
		URL:    &url.URL{Path: path},
		Header: http.Header{"Content-Type": {"application/x-www-form-urlencoded"}},
		Body:   io.NopCloser(strings.NewReader(body)),
	}
	r.SetBasicAuth(twilioSID, "token")
	return r
}
