package http_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// collectJS gathers an answer into {status, message, version, headers,
// raw, body (base64), chunks} and resolves with it.
const collectJS = `
	function collect(res) {
		const chunks = [];
		res.on('data', (c) => chunks.push(c));
		res.on('end', () => resolve({status: res.statusCode, message: res.statusMessage, version: res.httpVersion,
			headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks).toString('base64'),
			isBuffer: chunks.every((c) => Buffer.isBuffer(c))}));
	}`

func TestAnswersReachTheHookAsNodeDeliversThem(t *testing.T) {
	t.Parallel()
	zipped := gzipOf(t, "zipped text")
	handler := nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		switch r.URL.Path {
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(zipped)
		case "/chunked":
			_, _ = io.WriteString(w, "a")
			w.(nethttp.Flusher).Flush()
			_, _ = io.WriteString(w, "b")
		case "/redirect":
			w.Header().Set("Location", "/elsewhere")
			w.WriteHeader(nethttp.StatusFound)
		case "/headers":
			w.Header()["Set-Cookie"] = []string{"a=1", "b=2"}
			w.Header()["X-Multi"] = []string{"x", "y"}
			w.Header()["Content-Type"] = []string{"text/plain", "text/html"}
			w.WriteHeader(418)
		}
	})
	ts := httptest.NewServer(handler)
	t.Cleanup(ts.Close)
	cases := []struct {
		name, path string
		check      func(t *testing.T, got map[string]any)
	}{
		{"a gzip answer comes raw, its Content-Encoding shown", "/gzip", func(t *testing.T, got map[string]any) {
			assert.Equal(t, b64(zipped), got["body"])
			assert.Equal(t, "gzip", header(got, "content-encoding"))
			assert.Equal(t, true, got["isBuffer"])
		}},
		{"a chunked answer comes whole, its Transfer-Encoding shown", "/chunked", func(t *testing.T, got map[string]any) {
			assert.Equal(t, b64([]byte("ab")), got["body"])
			assert.Equal(t, "chunked", header(got, "transfer-encoding"))
		}},
		{"a redirect is not followed", "/redirect", func(t *testing.T, got map[string]any) {
			assert.Equal(t, 302.0, got["status"])
			assert.Equal(t, "Found", got["message"])
			assert.Equal(t, "/elsewhere", header(got, "location"))
		}},
		{"repeated headers are joined, set-cookie kept as a list, content-type's first kept", "/headers", func(t *testing.T, got map[string]any) {
			assert.Equal(t, 418.0, got["status"])
			assert.Equal(t, "I'm a teapot", got["message"])
			assert.Equal(t, "1.1", got["version"])
			assert.Equal(t, []any{"a=1", "b=2"}, header(got, "set-cookie"))
			assert.Equal(t, "x, y", header(got, "x-multi"))
			assert.Equal(t, "text/plain", header(got, "content-type"))
			assert.Contains(t, got["raw"], "Set-Cookie")
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, loopbackTransport(t))
			got := settle(t, env, collectJS+`http.get('`+ts.URL+tc.path+`', collect).on('error', reject)`)
			require.Contains(t, got, "ok", got)
			tc.check(t, got["ok"].(map[string]any))
		})
	}
}

func TestIncomingMessageIsAReadable(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js, want string }{
		{"setEncoding gives strings", `http.get('http://api.test/?body=hi', (res) => { res.setEncoding('utf8'); let s = ''; res.on('data', (d) => s += typeof d + ':' + d); res.on('end', () => resolve(s)); })`, "string:hi"},
		{"an answer nobody listens for is drained and the request closes", `const r = http.get('http://api.test/'); r.on('close', () => resolve('closed'))`, "closed"},
		{"the request closes after the answer ends", `const ev = []; const r = http.get('http://api.test/', (res) => { res.resume(); res.on('end', () => ev.push('end')); }); ['socket', 'finish', 'response'].forEach((e) => r.on(e, () => ev.push(e))); r.on('close', () => resolve(ev.concat('close').join(' ')))`, "socket finish response end close"},
		{"the answer's req, socket and complete are there", `const r = http.get('http://api.test/', (res) => { res.resume(); res.on('end', () => resolve([res.req === r, res.socket === r.socket, res.complete, typeof res.headersDistinct['set-cookie']].join())); })`, "true,true,true,object"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := echoEnv(t)
			assert.Equal(t, map[string]any{"ok": tc.want}, settle(t, env, tc.js))
		})
	}
}

func gzipOf(t *testing.T, s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := io.WriteString(zw, s)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func header(got map[string]any, name string) any {
	return got["headers"].(map[string]any)[name]
}

func TestAnAnswerPastTheBoundIsCutAndTheUserWarned(t *testing.T) {
	t.Parallel()
	env := newEnv(t, modtest.HandlerTransport(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range 11 {
			_, _ = w.Write(chunk)
		}
	})))
	got := settle(t, env, `http.get('http://big.test/', (res) => { let n = 0; res.on('data', (c) => n += c.length); res.on('end', () => resolve(n)); })`)
	assert.Equal(t, map[string]any{"ok": float64(httpkit.MaxResponseBody)}, got)
	require.Len(t, env.Warnings(), 1)
	assert.Contains(t, env.Warnings()[0], "10 MiB")
}
