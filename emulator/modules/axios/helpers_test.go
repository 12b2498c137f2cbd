package axios_test

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/require"
)

// received is one request as the server saw it.
type received struct {
	Method string
	URL    string // request URI: path and query
	Host   string
	Header http.Header
	Body   string
}

// server answers every request from its query string, like the Node
// reference runs did: status, body, ct (Content-Type), loc (Location) and
// delay (milliseconds) default to 200, {"ok":true}, application/json, none
// and 0. It records what it received.
type server struct {
	mu   sync.Mutex
	seen []received
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.seen = append(s.seen, received{Method: r.Method, URL: r.URL.RequestURI(), Host: r.Host, Header: r.Header.Clone(), Body: string(body)})
	s.mu.Unlock()
	q := r.URL.Query()
	if delay, _ := strconv.Atoi(q.Get("delay")); delay > 0 {
		select {
		case <-time.After(time.Duration(delay) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
	}
	if loc := q.Get("loc"); loc != "" {
		w.Header().Set("Location", loc)
	}
	ct := q.Get("ct")
	if ct == "" {
		ct = "application/json"
	}
	w.Header().Set("Content-Type", ct)
	status, _ := strconv.Atoi(q.Get("status"))
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	if q.Has("body") {
		_, _ = io.WriteString(w, q.Get("body"))
		return
	}
	_, _ = io.WriteString(w, `{"ok":true}`)
}

// requests returns what the server received so far.
func (s *server) requests() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.seen...)
}

// only returns the single request the server received.
func (s *server) only(t *testing.T) received {
	t.Helper()
	got := s.requests()
	require.Len(t, got, 1, "requests received")
	return got[0]
}

// newEnv requires axios at version in a fresh runtime whose HTTP reaches
// an in-process server at any host.
func newEnv(t *testing.T, version string) (*modtest.Env, *server) {
	t.Helper()
	srv := &server{}
	env := modtest.New(t, modtest.HandlerTransport(srv))
	env.Require(t, axios.Module(), version, "axios")
	return env, srv
}

// newLoopbackEnv is newEnv over a real loopback server and Go's transport,
// for what needs real time to pass (timeouts) or a real network stack. It
// returns the server's base URL.
func newLoopbackEnv(t *testing.T, version string) (*modtest.Env, *server, string) {
	t.Helper()
	srv := &server{}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DisableCompression = true
	t.Cleanup(transport.CloseIdleConnections)
	env := modtest.New(t, transport)
	env.Require(t, axios.Module(), version, "axios")
	return env, srv, ts.URL
}

// noDNS fails every request like a lookup of an unknown host, as the
// harness does for hosts no fake serves.
type noDNS struct{}

func (noDNS) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}}
}

// settle runs js (a promise) and returns JSON.stringify of what it
// resolved with or, for a rejection, of describe(error).
func settle(t *testing.T, env *modtest.Env, js string) map[string]any {
	t.Helper()
	v, err := env.Await(`Promise.resolve().then(() => ` + js + `).then(
		r => JSON.stringify({ok: r}),
		e => JSON.stringify({error: describe(e)}))`)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}

// describeJS reduces an error to the fields the tests compare with Node's.
const describeJS = `function describe(e) {
	if (!e || typeof e !== 'object') return {thrown: String(e)};
	var j = typeof e.toJSON === 'function' ? e.toJSON() : undefined;
	return {
		name: e.name, message: e.message, code: e.code === undefined ? '<undefined>' : e.code,
		status: e.status === undefined ? '<undefined>' : e.status,
		keys: Object.keys(e), isAxiosError: e.isAxiosError, isError: e instanceof Error,
		hasResponseKey: 'response' in e, string: String(e),
		response: e.response ? {status: e.response.status, statusText: e.response.statusText, data: e.response.data} : null,
		toJSONKeys: j ? Object.keys(j) : null, toJSONStatus: j ? j.status : null,
		errno: e.errno, syscall: e.syscall, hostname: e.hostname, requestMethod: e.request && e.request.method,
	};
}`

func withDescribe(t *testing.T, env *modtest.Env) {
	t.Helper()
	_, err := env.RT.RunString(describeJS)
	require.NoError(t, err)
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// httpRequest lends received the net/http helpers.
type httpRequest struct{ r received }

func (h *httpRequest) basicAuth() (string, string, bool) {
	req := &http.Request{Header: h.r.Header}
	return req.BasicAuth()
}

func strconvItoa(n int) string { return strconv.Itoa(n) }
