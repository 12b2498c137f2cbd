package httpkit

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refuseAll fails the test when a request reaches it: the exchanges here
// end before they are sent.
type refuseAll struct{ t *testing.T }

func (r refuseAll) RoundTrip(*http.Request) (*http.Response, error) {
	r.t.Error("the request was sent")
	return nil, context.Canceled
}

func TestAnExchangeEndedBeforeItWasSent(t *testing.T) {
	t.Parallel()
	t.Run("by its own time limit is a timeout, however late it started", func(t *testing.T) {
		t.Parallel()
		_, netErr := roundTrip(context.Background(), refuseAll{t}, Request{Method: http.MethodGet, URL: "http://api.test/x", Timeout: time.Nanosecond})
		require.NotNil(t, netErr)
		assert.True(t, netErr.TimedOut, "%+v", netErr)
		assert.Equal(t, "ETIMEDOUT", netErr.Code)
	})
	t.Run("by an abort is a socket hang up", func(t *testing.T) {
		t.Parallel()
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, netErr := roundTrip(ctx, refuseAll{t}, Request{Method: http.MethodGet, URL: "http://api.test/x", Timeout: time.Minute})
		require.NotNil(t, netErr)
		assert.False(t, netErr.TimedOut)
		assert.Equal(t, "socket hang up", netErr.Message)
	})
}

// answer is a transport that records the request it got and answers
// with body, declaring length as its Content-Length (-1: none).
type answer struct {
	body   string
	length int64
	got    *http.Request
}

func (a *answer) RoundTrip(r *http.Request) (*http.Response, error) {
	a.got = r
	return &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{}, ContentLength: a.length,
		Body: io.NopCloser(strings.NewReader(a.body)), Request: r}, nil
}

func TestAResponseBodyIsReadWhateverItsDeclaredLength(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 3000)
	cases := []struct {
		name, body string
		length     int64
	}{
		{"a body as long as declared is read whole", `{"ok":true}`, 11},
		{"a body shorter than declared is what was sent", `{"ok":true}`, 40},
		{"a body longer than declared is read on", long, 10},
		{"a body of no declared length is read whole", long, -1},
		{"an empty body declared empty is empty", "", 0},
		{"a declared length past the bound is only a guess", `{}`, MaxResponseBody * 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			resp, netErr := roundTrip(context.Background(), &answer{body: c.body, length: c.length},
				Request{Method: http.MethodGet, URL: "http://api.test/x"})
			require.Nil(t, netErr)
			assert.Equal(t, c.body, string(resp.Body))
		})
	}
	t.Run("a body past the bound is cut at the bound", func(t *testing.T) {
		t.Parallel()
		huge := strings.Repeat("y", MaxResponseBody+10)
		for _, length := range []int64{-1, int64(len(huge))} {
			resp, netErr := roundTrip(context.Background(), &answer{body: huge, length: length},
				Request{Method: http.MethodGet, URL: "http://api.test/x"})
			require.Nil(t, netErr)
			assert.Len(t, resp.Body, MaxResponseBody)
		}
	})
}

func TestTheRequestsHeadersAreItsOwn(t *testing.T) {
	t.Parallel()
	a := &answer{body: "ok", length: 2}
	header := http.Header{"x-lower": {"a"}, "X-Lower": {"b"}, "Accept": {"application/json"}}
	_, netErr := roundTrip(context.Background(), a, Request{Method: http.MethodGet, URL: "http://api.test/x", Header: header})
	require.Nil(t, netErr)
	assert.ElementsMatch(t, []string{"a", "b"}, a.got.Header["X-Lower"], "names equal but for case are one header")
	assert.Equal(t, []string{"application/json"}, a.got.Header["Accept"])
	a.got.Header.Set("Accept", "text/plain")
	a.got.Header.Add("X-Lower", "c")
	assert.Equal(t, http.Header{"x-lower": {"a"}, "X-Lower": {"b"}, "Accept": {"application/json"}}, header,
		"what the transport does to the request's headers leaves the caller's alone")
}

// unsentOnly keeps a record of one request and says why it ended unsent.
type unsentOnly struct {
	refuseAll
	why error
}

func (u *unsentOnly) Issue(*http.Request, []byte)       {}
func (u *unsentOnly) Withdraw(*http.Request)            { u.t.Error("withdrawn") }
func (u *unsentOnly) Unsent(_ *http.Request, err error) { u.why = err }

func TestAnIssuedRequestThatEndsBeforeItIsSentCompletesItsRecord(t *testing.T) {
	t.Parallel()
	rec := &unsentOnly{refuseAll: refuseAll{t}}
	runOver, endRun := context.WithCancelCause(context.Background())
	endRun(errors.New("the run is over"))
	req, invalid := newRequest(runOver, Request{Method: http.MethodPost, URL: "http://api.test/x"})
	require.Nil(t, invalid)
	_, netErr := exchange(rec, Issue(rec, req, nil), false)
	require.NotNil(t, netErr)
	assert.Equal(t, "socket hang up", netErr.Message)
	assert.EqualError(t, rec.why, "the run is over", "the record says why, in the words of the context's cause")
}
