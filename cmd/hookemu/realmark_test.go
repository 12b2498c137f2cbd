package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loopbackUpstream stands in for the real 8x8 API on loopback and counts
// what reaches it.
func loopbackUpstream(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var received atomic.Int64
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		received.Add(1)
		_, _ = io.WriteString(w, `{"umid":"from-upstream"}`)
	}))
	t.Cleanup(upstream.Close)
	return upstream, &received
}

func TestEachRequestSaysWhereItWent(t *testing.T) {
	t.Parallel()
	real := []string{"--secret", "apikey=live-key", "--secret", "subaccount=acme"}
	tests := []struct {
		name     string
		args     []string
		real     bool
		wantSent bool
		wantMark string
	}{
		{"a real send names the provider and where it went", nil, true, true, "[real 8x8 -> %s]"},
		{"a request the fake refuses in real mode is marked not sent", []string{"--recipient", "1-808-555-5555"}, true, false, "[fake 8x8: not sent]"},
		{"fake mode sends nothing", nil, false, false, "[fake 8x8]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			upstream, received := loopbackUpstream(t)
			args := append([]string{"run", "hooks/8x8.js"}, tt.args...)
			if tt.real {
				args = append(append(args, "--real", "--upstream-8x8", upstream.URL), real...)
			}
			_, stdout, stderr := cli(t, args...)
			want := tt.wantMark
			if tt.wantSent {
				want = "[real 8x8 -> " + upstream.URL + "]"
			}
			assert.Contains(t, stdout, "  "+want+"\n", "stderr: %s", stderr)

			_, out := runJSON(t, args[1:]...)
			requests, _ := out["requests"].([]any)
			require.Len(t, requests, 1, "%v", out)
			req := requests[0].(map[string]any)
			assert.Equal(t, tt.wantSent, req["sent"])
			if tt.real {
				assert.Equal(t, upstream.URL, req["upstream"], "real mode names where the request went or would have gone")
			} else {
				assert.NotContains(t, req, "upstream")
			}
			wantReceived := int64(0)
			if tt.wantSent {
				wantReceived = 2 // once for the human run, once for --json
			}
			assert.Equal(t, wantReceived, received.Load())
		})
	}
}
