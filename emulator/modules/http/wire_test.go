package http_test

import (
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wire is what a real HTTP server parsed off the wire.
type wire struct {
	Method, URI, Host string
	Header            nethttp.Header
	TransferEncoding  []string
	ContentLength     int64
	Body              string
}

// wireServer is a loopback server recording what it parsed, answering 200
// "ok"; its URL is http://127.0.0.1:PORT.
func wireServer(t *testing.T) (*httptest.Server, func() []wire) {
	t.Helper()
	var mu sync.Mutex
	var seen []wire
	ts := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		seen = append(seen, wire{r.Method, r.RequestURI, r.Host, r.Header.Clone(), r.TransferEncoding, r.ContentLength, string(body)})
		mu.Unlock()
		_, _ = io.WriteString(w, "ok")
	}))
	t.Cleanup(ts.Close)
	return ts, func() []wire {
		mu.Lock()
		defer mu.Unlock()
		return append([]wire(nil), seen...)
	}
}

func loopbackTransport(t *testing.T) nethttp.RoundTripper {
	transport := nethttp.DefaultTransport.(*nethttp.Transport).Clone()
	transport.DisableCompression = true
	t.Cleanup(transport.CloseIdleConnections)
	return transport
}

func TestRequestsGoOnTheWireAsNode20SendsThem(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, js string
		check    func(t *testing.T, w wire)
	}{
		{"a GET has no length, no framing and no User-Agent", `const r = http.get(base + '/a?q=1', done)`, func(t *testing.T, w wire) {
			assert.Equal(t, "GET", w.Method)
			assert.Equal(t, "/a?q=1", w.URI)
			assert.Empty(t, w.TransferEncoding)
			assert.Empty(t, w.Header.Get("Content-Length"))
			assert.NotContains(t, w.Header, "User-Agent")
		}},
		{"a body given to end() alone gets its Content-Length", `http.request(base + '/p', {method: 'POST'}, done).end('héllo')`, func(t *testing.T, w wire) {
			assert.Equal(t, "6", w.Header.Get("Content-Length"))
			assert.Empty(t, w.TransferEncoding)
			assert.Equal(t, "héllo", w.Body)
		}},
		{"a body written in pieces goes chunked", `const r = http.request(base + '/p', {method: 'PUT'}, done); r.write('ab'); r.write(Buffer.from('cd')); r.end('ef')`, func(t *testing.T, w wire) {
			assert.Equal(t, []string{"chunked"}, w.TransferEncoding)
			assert.Equal(t, "abcdef", w.Body)
		}},
		{"a Content-Length of the hook's keeps a written body unchunked", `const r = http.request(base + '/p', {method: 'POST', headers: {'Content-Length': 4}}, done); r.write('bo'); r.end('dy')`, func(t *testing.T, w wire) {
			assert.Empty(t, w.TransferEncoding)
			assert.Equal(t, int64(4), w.ContentLength)
			assert.Equal(t, "body", w.Body)
		}},
		{"a POST without a body says Content-Length: 0", `http.request(base + '/p', {method: 'POST'}, done).end()`, func(t *testing.T, w wire) {
			assert.Equal(t, "0", w.Header.Get("Content-Length"))
		}},
		{"a DELETE without a body says no length", `http.request(base + '/d', {method: 'delete'}, done).end()`, func(t *testing.T, w wire) {
			assert.Equal(t, "DELETE", w.Method)
			assert.Empty(t, w.Header.Get("Content-Length"))
		}},
		{"options build the URL, auth becomes Basic, headers keep their values", `http.request({hostname: '127.0.0.1', port, path: '/o?x=y', auth: 'user:pä', headers: {'X-List': ['a', 'b'], 'User-Agent': 'mine/1'}}, done).end()`, func(t *testing.T, w wire) {
			assert.Equal(t, "/o?x=y", w.URI)
			assert.Equal(t, "Basic dXNlcjpww6Q=", w.Header.Get("Authorization"))
			assert.Equal(t, []string{"a", "b"}, w.Header.Values("X-List"))
			assert.Equal(t, "mine/1", w.Header.Get("User-Agent"))
		}},
		{"a Host header of the hook's is the one sent", `http.request(base + '/h', {headers: {Host: 'api.example.test'}}, done).end()`, func(t *testing.T, w wire) {
			assert.Equal(t, "api.example.test", w.Host)
		}},
		{"headers set after creation and before end are sent, removed ones are not", `const r = http.request(base + '/s', {headers: {'X-Gone': '1'}}, done); r.setHeader('X-Late', 'yes'); r.removeHeader('x-gone'); r.end()`, func(t *testing.T, w wire) {
			assert.Equal(t, "yes", w.Header.Get("X-Late"))
			assert.NotContains(t, w.Header, "X-Gone")
		}},
		{"a Readable piped into the request goes chunked", `const stream = require('stream'); stream.Readable.from(['a', 'b', 'c']).pipe(http.request(base + '/p', {method: 'POST'}, done))`, func(t *testing.T, w wire) {
			assert.Equal(t, []string{"chunked"}, w.TransferEncoding)
			assert.Equal(t, "abc", w.Body)
		}},
		{"raw array headers are sent as given, a body then chunked", `http.request(base + '/r', {method: 'POST', auth: 'u:p', headers: ['X-Raw', '1', 'X-Raw', '2']}, done).end('body')`, func(t *testing.T, w wire) {
			assert.Equal(t, []string{"1", "2"}, w.Header.Values("X-Raw"))
			assert.Equal(t, []string{"chunked"}, w.TransferEncoding)
			assert.NotContains(t, w.Header, "Authorization")
			assert.Equal(t, "body", w.Body)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ts, seen := wireServer(t)
			env := newEnv(t, loopbackTransport(t))
			port := ts.URL[strings.LastIndex(ts.URL, ":")+1:]
			got := settle(t, env, `const base = '`+ts.URL+`', port = `+port+`;
				const done = (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); };
				`+tc.js)
			require.Equal(t, map[string]any{"ok": 200.0}, got)
			require.Len(t, seen(), 1)
			tc.check(t, seen()[0])
		})
	}
}
