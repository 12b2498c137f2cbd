package httpkit

import (
	"context"
	"net/http"
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
