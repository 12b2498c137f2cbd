package http_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Hostile or broken calls end in a JS error or an answer, never a panic or
// a hang.
func TestHostileRequestsEndInAnErrorOrAnAnswer(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, js, want string }{
		{"options whose getters throw", `try { http.request(new Proxy({}, {get() { throw new Error('trap'); }})); } catch (e) { resolve(e.message); }`, "trap"},
		{"a header list of odd length", `const r = http.request({host: 'api.test', headers: ['X-A', '1', 'X-B']}, (res) => { res.resume(); resolve(res.statusCode); }); r.end()`, "200"},
		{"a path of 64 KiB", `http.get({host: 'api.test', path: '/' + 'a'.repeat(1 << 16)}, (res) => { res.resume(); resolve(res.statusCode); })`, "200"},
		{"a header value that is an object", `try { http.request({host: 'api.test', headers: {'X-O': {toString() { return 'a\nb'; }}}}); } catch (e) { resolve(e.code); }`, "ERR_INVALID_CHAR"},
		{"two hundred requests through one socket", `const agent = new http.Agent({maxSockets: 1}); let n = 0;
			for (let i = 0; i < 200; i++) http.get({host: 'api.test', agent}, (res) => { res.resume(); res.on('end', () => { if (++n === 200) resolve(String(n)); }); });`, "200"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := echoEnv(t)
			got := settle(t, env, tc.js)
			require.Contains(t, got, "ok", got)
			assert.Equal(t, tc.want, fmt.Sprint(got["ok"]))
		})
	}
}
