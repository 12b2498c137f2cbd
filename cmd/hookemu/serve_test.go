package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serveCLI runs `hookemu serve args...` in-process until ctx ends, as
// main does, and returns its exit code.
func serveCLI(ctx context.Context, stdout, stderr io.Writer, args ...string) int {
	return executeContext(ctx, append([]string{"serve"}, args...), stdout, stderr)
}

// serveOutput collects output written from the server's goroutines.
type serveOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *serveOutput) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *serveOutput) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// served is a `hookemu serve` running in the test.
type served struct {
	base           string
	stdout, stderr *serveOutput
	stop           func() int
}

var serveListeningLine = regexp.MustCompile(`listening on (http://\S+)\n`)

// startServe runs `hookemu serve --addr 127.0.0.1:0 args...` and returns
// once it has printed its URL; stop cancels its context, as SIGINT would.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &served{stdout: &serveOutput{}, stderr: &serveOutput{}}
	done := make(chan int, 1)
	go func() {
		done <- serveCLI(ctx, s.stdout, s.stderr, append([]string{"--addr", "127.0.0.1:0"}, args...)...)
	}()
	var once sync.Once
	var code int
	s.stop = func() int {
		once.Do(func() {
			cancel()
			select {
			case code = <-done:
			case <-time.After(time.Minute):
				t.Error("serve did not stop within a minute of its context ending")
			}
		})
		return code
	}
	t.Cleanup(func() { s.stop() })
	require.Eventually(t, func() bool {
		m := serveListeningLine.FindStringSubmatch(s.stdout.String())
		if m != nil {
			s.base = m[1]
		}
		return m != nil || len(done) > 0
	}, time.Minute, 5*time.Millisecond)
	require.NotEmpty(t, s.base, "serve ended early; stderr: %s", s.stderr)
	return s
}

func serveRequest(t *testing.T, method, u, contentType, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Authorization", "Bearer test-key")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(data)
}

const smsBody = `{"destination":"+6512345678","text":"Your code is 123456"}`

func TestServeAnswersAnSMSShowsItThroughTheAPIAndStopsCleanly(t *testing.T) {
	t.Parallel()
	s := startServe(t, "--log-format", "json")

	status, _ := serveRequest(t, http.MethodPost, s.base+"/api/v1/subaccounts/acme/messages", "application/json", smsBody)
	require.Equal(t, http.StatusOK, status)
	status, body := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/wait?count=1&timeout=5m", "", "")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `"id": "8x8-1"`)
	assert.Contains(t, body, `"text": "Your code is 123456"`)
	status, _ = serveRequest(t, http.MethodGet, s.base+"/_hookemu/readyz", "", "")
	assert.Equal(t, http.StatusOK, status)
	status, body = serveRequest(t, http.MethodPut, s.base+"/_hookemu/api/v1/faults/8x8", "application/json", `[{"destination":"*","status":500,"probability":0.5}]`)
	assert.Equal(t, http.StatusBadRequest, status, "random faults need --faults")
	assert.Contains(t, body, "--faults")

	assert.Equal(t, exitOK, s.stop())
	assert.Contains(t, s.stderr.String(), `"msg":"request","method":"POST","path":"/api/v1/subaccounts/acme/messages","status":200`)
	assert.NotContains(t, s.stderr.String(), "test-key")
	assert.Contains(t, s.stderr.String(), "hookemu serve: stopped")
}

func TestServeFlagsReachTheServer(t *testing.T) {
	t.Parallel()
	s := startServe(t, "--faults", "--max-messages", "3", "--max-bytes", "1KiB", "--max-waiters", "1")

	status, _ := serveRequest(t, http.MethodPut, s.base+"/_hookemu/api/v1/faults/twilio", "application/json", `[{"destination":"*","status":500,"probability":0.5}]`)
	assert.Equal(t, http.StatusOK, status, "--faults allows random faults")
	status, body := serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/wait?count=4&provider=8x8", "", "")
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body, "newest 3 messages per provider")

	for range 3 {
		status, _ = serveRequest(t, http.MethodPost, s.base+"/api/v1/subaccounts/acme/messages", "application/json", smsBody)
		require.Equal(t, http.StatusOK, status)
	}
	status, body = serveRequest(t, http.MethodGet, s.base+"/_hookemu/api/v1/messages", "", "")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `"total": 1`, "--max-bytes 1KiB keeps the newest request only")
}

func TestServeHeaderBudgetIsAFlag(t *testing.T) {
	t.Parallel()
	s := startServe(t, "--max-header-bytes", "4KiB", "--read-timeout", "5s", "--idle-timeout", "5s", "--header-timeout", "5s")
	req, err := http.NewRequest(http.MethodGet, s.base+"/_hookemu/readyz", nil)
	require.NoError(t, err)
	req.Header.Set("X-Padding", strings.Repeat("x", 16<<10))

	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()

	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, resp.StatusCode)
}

func TestServeForwardSaysWhereRealMessagesGoAndSendsThem(t *testing.T) {
	t.Parallel()
	var got []string
	var mu sync.Mutex
	standIn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, r.URL.Path+" "+string(body))
		mu.Unlock()
		_, _ = io.WriteString(w, `{"umid":"u-1","status":{"code":"QUEUED"}}`)
	}))
	t.Cleanup(standIn.Close)
	s := startServe(t, "--forward", "--real", "--upstream-8x8", standIn.URL)

	assert.Contains(t, s.stderr.String(), "real messages will be sent")
	assert.Contains(t, s.stderr.String(), standIn.URL)
	assert.Contains(t, s.stderr.String(), "https://api.twilio.com")
	status, _ := serveRequest(t, http.MethodPost, s.base+"/api/v1/subaccounts/acme/messages", "application/json", smsBody)
	assert.Equal(t, http.StatusOK, status)
	status, _ = serveRequest(t, http.MethodPost, s.base+"/api/v1/subaccounts/acme/messages", "application/json", `{"text":"no destination"}`)
	assert.Equal(t, http.StatusBadRequest, status, "the fake keeps back what it rejects")

	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []string{"/api/v1/subaccounts/acme/messages " + smsBody}, got)
}

func TestServeRefusesFlagsThatCouldSurprise(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"an address other machines reach needs --public", []string{"--addr", "0.0.0.0:0"}, "pass --public"},
		{"forwarding needs --real to confirm", []string{"--forward"}, "add --real to confirm"},
		{"--real alone confirms nothing", []string{"--real"}, "--real only applies with --forward"},
		{"an upstream without --forward does nothing", []string{"--upstream-8x8", "https://sms.us.8x8.com"}, "--upstream-8x8 only applies with --forward"},
		{"a plain http upstream on the internet leaks credentials", []string{"--forward", "--real", "--upstream-twilio", "http://api.twilio.com"}, "must use https"},
		{"an upstream that is no URL", []string{"--forward", "--real", "--upstream-8x8", "sms.8x8.com"}, "must be a base URL"},
		{"random faults cannot apply to real providers", []string{"--forward", "--real", "--faults"}, "--faults has no effect with --forward"},
		{"an unknown log format", []string{"--log-format", "xml"}, `--log-format "xml" is not text or json`},
		{"a journal of no messages", []string{"--max-messages", "0"}, "--max-messages must be at least 1"},
		{"no long polls at all", []string{"--max-waiters", "0"}, "--max-waiters must be at least 1"},
		{"a journal budget that is no size", []string{"--max-bytes", "-5"}, "not a size such as 64MiB"},
		{"a read timeout of zero", []string{"--read-timeout", "0s"}, "--read-timeout must be a positive duration"},
		{"a header budget that is no size", []string{"--max-header-bytes", "lots"}, "not a size such as 64MiB"},
		{"--allow-runner without --public does nothing", []string{"--allow-runner"}, "--allow-runner only applies with --public"},
		{"an argument", []string{"extra"}, "serve takes no arguments, got 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr bytes.Buffer
			code := serveCLI(context.Background(), &stdout, &stderr, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr.String(), tt.want)
			assert.Empty(t, stdout.String(), "nothing listens")
		})
	}
}

func TestServeOnABusyPortFailsWithAHint(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	var stdout, stderr bytes.Buffer

	code := serveCLI(context.Background(), &stdout, &stderr, "--addr", ln.Addr().String())

	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr.String(), "cannot listen on "+ln.Addr().String())
	assert.Contains(t, stderr.String(), "127.0.0.1:0 takes any free port")
}
