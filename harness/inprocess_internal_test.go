package harness

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnInProcessHandlerIsAnsweredAsAServerWould(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		handler http.HandlerFunc
		status  int
		header  http.Header
		body    string
		length  int64
	}{
		{
			name:    "a write without WriteHeader answers 200 with a sniffed type",
			handler: func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "<html>hi</html>") },
			status:  200, header: http.Header{"Content-Type": {"text/html; charset=utf-8"}}, body: "<html>hi</html>", length: -1,
		},
		{
			name: "an explicit status and header are kept, and a declared length is read",
			handler: func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", "2")
				w.WriteHeader(http.StatusCreated)
				_, _ = io.WriteString(w, "{}")
			},
			status: 201, header: http.Header{"Content-Type": {"application/json"}, "Content-Length": {"2"}}, body: "{}", length: 2,
		},
		{
			name: "a header set after WriteHeader is not sent",
			handler: func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("X-Before", "1")
				w.WriteHeader(http.StatusAccepted)
				w.Header().Set("X-After", "1")
				w.WriteHeader(http.StatusTeapot) // ignored, as a server ignores it
			},
			status: 202, header: http.Header{"X-Before": {"1"}}, body: "", length: -1,
		},
		{
			name:    "a handler that writes nothing answers 200 with an empty body",
			handler: func(http.ResponseWriter, *http.Request) {},
			status:  200, header: http.Header{}, body: "", length: -1,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(http.MethodGet, "https://fake.test/x", nil)
			require.NoError(t, err)
			resp, body, err := serveInProcess(req, c.handler)
			require.NoError(t, err)
			assert.Equal(t, c.status, resp.StatusCode)
			assert.Equal(t, http.StatusText(c.status), strings.SplitN(resp.Status, " ", 2)[1])
			assert.Equal(t, c.header, resp.Header)
			assert.Equal(t, c.length, resp.ContentLength)
			assert.NotNil(t, body, "an in-process body is known, even when empty")
			assert.Equal(t, c.body, string(body))
			read, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, c.body, string(read))
			assert.Same(t, req, resp.Request)
		})
	}
}

func TestAWriteAfterANoContentAnswerIsRefused(t *testing.T) {
	t.Parallel()
	w := &inProcessWriter{}
	w.WriteHeader(http.StatusNoContent)
	_, err := w.Write([]byte("x"))
	assert.ErrorIs(t, err, http.ErrBodyNotAllowed)
}

// roundTripFunc is a transport made of a function.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// The recorder has two paths for an answer's body: an in-process fake's
// is taken as written, a transport's is read from the response. Both
// must record it and still hand all of it to the code.
func TestTheRecorderKeepsTheAnswerOfAHandlerAndOfATransport(t *testing.T) {
	t.Parallel()
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(append([]byte("echo:"), got...))
	})
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got, _ := io.ReadAll(r.Body)
		return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("echo:" + string(got))), Request: r}, nil
	})
	upstream, _ := url.Parse("https://upstream.test")
	routes := map[string]Route{
		"in process":    {Provider: "p", Match: func(string) bool { return true }, Handler: handler},
		"via transport": {Provider: "p", Match: func(string) bool { return true }, Transport: transport, Upstream: upstream},
	}
	for name, route := range routes {
		t.Run("an answer "+name+" is recorded and read whole", func(t *testing.T) {
			t.Parallel()
			rec := &recorder{routes: []Route{route}}
			req, err := http.NewRequest(http.MethodPost, "https://api.test/send", strings.NewReader("hello"))
			require.NoError(t, err)
			resp, err := rec.RoundTrip(req)
			require.NoError(t, err)
			read, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, "echo:hello", string(read))
			exchanges, _ := rec.snapshot()
			require.Len(t, exchanges, 1)
			assert.Equal(t, "hello", exchanges[0].Body)
			assert.Equal(t, "echo:hello", exchanges[0].ResponseBody)
			assert.Equal(t, 200, exchanges[0].Status)
			assert.Empty(t, exchanges[0].Error)
		})
	}
}
