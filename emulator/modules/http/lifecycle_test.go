package http_test

import (
	nethttp "net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hanging answers only /fast; every other request waits until its
// exchange is cancelled, as a provider that never answers.
func hanging() nethttp.RoundTripper {
	return modtest.HandlerTransport(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.URL.Path == "/fast" {
			return
		}
		<-r.Context().Done()
	}))
}

// eventsJS records the request's events (or only those named), errors as event:code:message,
// and resolves with them once it closes.
const eventsJS = `
	function record(r, only) {
		const ev = [];
		(only || ['socket', 'finish', 'abort', 'timeout', 'response']).forEach((e) => r.on(e, (res) => { ev.push(e); if (res && res.resume) res.resume(); }));
		r.on('error', (e) => ev.push('error:' + e.code + ':' + e.message));
		r.on('close', () => resolve(ev.join(' ')));
		return r;
	}`

func TestARequestEndsAsNode20Ends(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js, want string }{
		{"an answer: socket, finish, response, close", `record(http.get('http://api.test/fast'))`,
			"socket finish response"},
		{"aborted in flight: abort, a socket hang up, close", `const r = record(http.get('http://api.test/slow')); r.on('finish', () => r.abort())`,
			"socket finish abort error:ECONNRESET:socket hang up"},
		{"destroyed in flight: a socket hang up", `const r = record(http.get('http://api.test/slow')); r.on('finish', () => r.destroy())`,
			"socket finish error:ECONNRESET:socket hang up"},
		{"destroyed with an error: that error", `const r = record(http.get('http://api.test/slow')); r.on('finish', () => r.destroy(Object.assign(new Error('boom'), {code: 'EBOOM'})))`,
			"socket finish error:EBOOM:boom"},
		{"a timeout only tells, the hook destroys", `const r = record(http.get('http://api.test/slow')); r.on('finish', () => r.setTimeout(5, () => r.destroy()))`,
			"socket finish timeout error:ECONNRESET:socket hang up"},
		{"the timeout option is the same timeout", `const r = record(http.get('http://api.test/slow', {timeout: 5}), ['timeout']); r.on('timeout', () => r.destroy())`,
			"timeout error:ECONNRESET:socket hang up"},
		{"a socket's timeout is the request's", `const r = record(http.get('http://api.test/slow'), ['timeout']); r.on('socket', (s) => s.setTimeout(5, () => s.destroy()))`,
			"timeout error:ECONNRESET:socket hang up"},
		{"destroyed before it had a socket: no error", `const r = record(http.get('http://api.test/slow')); r.destroy()`,
			""},
		{"aborted before it had a socket: close, then abort", `const r = http.get('http://api.test/slow'); const ev = []; r.on('close', () => ev.push('close')); r.on('abort', () => { ev.push('abort'); resolve(ev.join(' ')); }); r.abort()`,
			"close abort"},
		{"destroyed from its response handler: no error, the request closes", `record(http.get('http://api.test/fast', (res) => res.req.destroy()), ['response'])`,
			"response"},
		{"its answer destroyed before it ended: the request closes", `record(http.get('http://api.test/fast', (res) => res.destroy()), ['response'])`,
			"response"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, hanging())
			assert.Equal(t, map[string]any{"ok": tc.want}, settle(t, env, eventsJS+tc.js))
		})
	}
}

func TestTheSocketIsWhatPackagesTouch(t *testing.T) {
	t.Parallel()
	env := newEnv(t, hanging())
	got := settle(t, env, `const r = https.get('https://api.test/fast', (res) => res.resume());
		r.on('socket', (s) => {
			const seen = [s.connecting, s.encrypted, typeof s.setKeepAlive(true, 1000), typeof s.setNoDelay(true), s === r.socket, s === r.connection];
			s.on('connect', () => seen.push('connect'));
			s.on('secureConnect', () => seen.push('secureConnect'));
			r.on('close', () => resolve(seen));
		});`)
	assert.Equal(t, map[string]any{"ok": []any{true, true, "object", "object", true, true, "connect", "secureConnect"}}, got)
}

// The second request gets its socket only when the first has ended: one
// is waiting in agent.requests then.
func TestAnAgentRunsAtMostMaxSocketsRequestsOfAHostAtOnce(t *testing.T) {
	t.Parallel()
	env, _ := echoEnv(t)
	got := settle(t, env, `const agent = new http.Agent({keepAlive: true, maxSockets: 1});
		const done = [];
		const queued = [];
		for (const p of ['/1', '/2', '/3']) {
			const r = http.get({host: 'api.test', path: p, agent}, (res) => { res.resume(); res.on('end', () => { done.push(p); if (done.length === 3) resolve({done, queued, keepAlive: agent.keepAlive}); }); });
			r.on('socket', () => queued.push((agent.requests['api.test:80:'] || []).length));
		}`)
	assert.Equal(t, map[string]any{"ok": map[string]any{"done": []any{"/1", "/2", "/3"}, "queued": []any{0.0, 1.0, 0.0}, "keepAlive": true}}, got)
}

func TestTheModulesHaveNodesTables(t *testing.T) {
	t.Parallel()
	env := newEnv(t, modtest.NoDNS)
	got := settle(t, env, `resolve([http.STATUS_CODES[404], http.STATUS_CODES[418], http.METHODS.includes('PATCH'),
		http.globalAgent.defaultPort, https.globalAgent.defaultPort, https.globalAgent.protocol,
		new https.Agent() instanceof http.Agent, http.globalAgent.maxSockets === Infinity])`)
	assert.Equal(t, map[string]any{"ok": []any{"Not Found", "I'm a Teapot", true, 80.0, 443.0, "https:", true, true}}, got)
}

func TestAnAbortSignalDestroysTheRequestWithAnAbortError(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js string }{
		{"aborted in flight", `const ac = new AbortController(); const r = record(http.get('http://api.test/slow', {signal: ac.signal}), ['finish']); r.on('finish', () => ac.abort())`},
		{"aborted before the request", `const ac = new AbortController(); ac.abort(); record(http.get('http://api.test/slow', {signal: ac.signal}), [])`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, hanging())
			for name, v := range fetch.Globals(env) {
				require.NoError(t, env.RT.Set(name, v))
			}
			got := settle(t, env, eventsJS+tc.js)
			assert.Contains(t, got["ok"], "error:ABORT_ERR:The operation was aborted")
		})
	}
}

func TestARequestEndedAfterItWasDestroyedIsNotSent(t *testing.T) {
	t.Parallel()
	env, srv := echoEnv(t)
	got := settle(t, env, `const r = http.request('http://api.test/'); r.on('error', () => {}); r.on('close', () => resolve('closed'));
		r.on('socket', (s) => s.on('connect', () => { r.destroy(); r.end('late'); }))`)
	assert.Equal(t, map[string]any{"ok": "closed"}, got)
	assert.Empty(t, srv.Requests())
}

func TestAnAgentOfAnotherMakeStillGetsTheRequestSent(t *testing.T) {
	t.Parallel()
	env, srv := echoEnv(t)
	got := settle(t, env, `const agent = {addRequest() {}, keepAlive: true};
		http.get({host: 'api.test', path: '/duck', agent}, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); }).on('error', reject)`)
	assert.Equal(t, map[string]any{"ok": 200.0}, got)
	assert.Equal(t, "/duck", srv.Only(t).URL)
}
