package fake8x8

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testNow is the fake clock of every test server.
var testNow = time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC)

const (
	testKey        = "test-key"
	testSubAccount = "acme-sms"
	sendPath       = "/api/v1/subaccounts/" + testSubAccount + "/messages"
	batchPath      = sendPath + "/batch"
	testTimestamp  = "2024-05-01T09:30:00.000Z"
)

// newTestServer returns a fake with a fixed clock and sequential UUIDs
// (…-000000000001, …-000000000002, …) unless cfg sets its own.
func newTestServer(cfg Config) *Server {
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return testNow }
	}
	if cfg.NewID == nil {
		var n atomic.Int64
		cfg.NewID = func() string { return testID(n.Add(1)) }
	}
	return New(cfg)
}

func testID(n int64) string { return fmt.Sprintf("00000000-0000-4000-8000-%012d", n) }

// result is one answer of the fake.
type result struct {
	status int
	header http.Header
	body   string
}

// decode parses the answer as a JSON object.
func (r result) decode(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.body), &m), "body: %s", r.body)
	return m
}

// request is what a test sends; zero fields take the usual values.
type request struct {
	method string
	path   string
	body   string
	header http.Header
	ctx    context.Context
}

func authHeader() http.Header {
	return http.Header{"Authorization": {"Bearer " + testKey}, "Content-Type": {"application/json"}}
}

func do(t *testing.T, s http.Handler, req request) result {
	t.Helper()
	if req.method == "" {
		req.method = http.MethodPost
	}
	if req.header == nil {
		req.header = authHeader()
	}
	r := httptest.NewRequest(req.method, req.path, strings.NewReader(req.body))
	if req.ctx != nil {
		r = r.WithContext(req.ctx)
	}
	r.Header = req.header
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return result{status: w.Code, header: w.Header(), body: w.Body.String()}
}

// send posts body to the single-send endpoint with a valid key.
func send(t *testing.T, s http.Handler, body string) result {
	t.Helper()
	return do(t, s, request{path: sendPath, body: body})
}

// assertError checks a complete 8x8 error answer.
func assertError(t *testing.T, r result, status, code int, message string) {
	t.Helper()
	assert.Equal(t, status, r.status, "body: %s", r.body)
	assert.Equal(t, contentType, r.header.Get("Content-Type"))
	m := r.decode(t)
	assert.Len(t, m, 4, "an error body has exactly code, message, errorId and timestamp: %s", r.body)
	assert.EqualValues(t, code, m["code"], "body: %s", r.body)
	if message != "" {
		assert.Equal(t, message, m["message"])
	}
	assert.Regexp(t, umidPattern, m["errorId"])
	assert.Equal(t, testTimestamp, m["timestamp"])
}

// assertErrorPrefix is assertError for messages that end with a detail.
func assertErrorPrefix(t *testing.T, r result, status, code int, prefix string) {
	t.Helper()
	assertError(t, r, status, code, "")
	assert.True(t, strings.HasPrefix(fmt.Sprint(r.decode(t)["message"]), prefix),
		"message %q should start with %q", r.decode(t)["message"], prefix)
}

// jsonBody renders v as a request body.
func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
