package harness_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/harness"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// standIn is a local TLS server standing in for the real 8x8 API.
type standIn struct {
	*httptest.Server
	mu       sync.Mutex
	received []string
}

func newStandIn(t *testing.T) *standIn {
	s := &standIn{}
	s.Server = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.received = append(s.received, r.Method+" "+r.URL.Path+" "+r.Header.Get("Authorization")+" "+string(body))
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"umid":"real-umid","status":{"code":"QUEUED"}}`)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *standIn) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.received...)
}

func runReal(t *testing.T, src string, real harness.Real, secrets map[string]string) harness.Report {
	t.Helper()
	em := emulator.New(emulator.Config{Modules: []modules.Module{modtest.RawHTTP()}, Grace: 300 * time.Millisecond})
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	h, err := harness.NewReal(harness.Config{}, real)
	require.NoError(t, err)
	return h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: time.Minute})
}

func TestRealModeForwardsAValidRequestUnchangedAndReturnsTheRealAnswer(t *testing.T) {
	t.Parallel()
	upstream := newStandIn(t)
	u, _ := url.Parse(upstream.URL)
	rep := runReal(t, send8x8, harness.Real{Upstreams: map[string]*url.URL{"8x8": u}, Transport: upstream.Client().Transport},
		map[string]string{"apikey": "live-key-123", "subaccount": "acme"})
	require.True(t, rep.OK, "%+v", rep)
	got := upstream.requests()
	require.Len(t, got, 1)
	assert.Equal(t, `POST /api/v1/subaccounts/acme/messages Bearer live-key-123 {"destination":"+18085555555","text":"Here is your one time password: 999111"}`, got[0])
	require.Len(t, rep.Requests, 1)
	assert.Contains(t, rep.Requests[0].ResponseBody, "real-umid", "the real answer is what the hook and the report see")
}

func TestRealModeMarksWhatWasSentAndWhere(t *testing.T) {
	t.Parallel()
	upstream := newStandIn(t)
	u, _ := url.Parse(upstream.URL)
	src := `module.exports = function (r, t, c, cb) {
		var send = function (to) { return require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages',
			headers: {Authorization: 'Bearer k', 'Content-Type': 'application/json'}, body: JSON.stringify({destination: to, text: t})}); };
		send(r).then(function () { return send('1-808-555-5555'); }).then(function () { cb(); }, cb); };`
	rep := runReal(t, src, harness.Real{Upstreams: map[string]*url.URL{"8x8": u}, Transport: upstream.Client().Transport}, map[string]string{"apikey": "k"})
	require.Len(t, rep.Requests, 2, "%+v", rep)
	assert.True(t, rep.Requests[0].Sent, "a valid request goes to the real provider")
	assert.False(t, rep.Requests[1].Sent, "the fake refuses the second, so it stays here")
	for _, ex := range rep.Requests {
		assert.Equal(t, upstream.URL, ex.Upstream)
	}
	assert.Len(t, upstream.requests(), 1)
}

func TestFakeModeSendsNothing(t *testing.T) {
	t.Parallel()
	rep := run(t, send8x8, map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"})
	require.Len(t, rep.Requests, 1)
	assert.False(t, rep.Requests[0].Sent)
	assert.Empty(t, rep.Requests[0].Upstream)
}

func TestRealModeDoesNotForwardWhatTheFakeWouldReject(t *testing.T) {
	t.Parallel()
	upstream := newStandIn(t)
	u, _ := url.Parse(upstream.URL)
	payload := `module.exports = function (r, t, c, cb) {
		require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages',
			headers: {Authorization: 'Bearer ' + c.webtask.secrets.apikey, 'Content-Type': 'application/json'},
			body: JSON.stringify({destination: '1-808-555-5555', text: t})}).then(function (res) { cb(null, res.status); }); };`
	rep := runReal(t, payload, harness.Real{Upstreams: map[string]*url.URL{"8x8": u}, Transport: upstream.Client().Transport}, map[string]string{"apikey": "live-key-123"})
	assert.Empty(t, upstream.requests(), "an invalid request must never reach the paid API")
	assert.JSONEq(t, `400`, string(rep.Response))
	assert.Contains(t, rep.Requests[0].ResponseBody, `"code":1002`)
}

func TestRealModeShowsAnUnreachableUpstreamAsANetworkError(t *testing.T) {
	t.Parallel()
	upstream := newStandIn(t)
	u, _ := url.Parse(upstream.URL)
	upstream.Close()
	src := `module.exports = function (r, t, c, cb) {
		require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages',
			headers: {Authorization: 'Bearer k', 'Content-Type': 'application/json'},
			body: JSON.stringify({destination: r, text: t})}).then(function () { cb(); }, function (e) { cb(e); }); };`
	rep := runReal(t, src, harness.Real{Upstreams: map[string]*url.URL{"8x8": u}, Transport: upstream.Client().Transport}, map[string]string{"apikey": "k"})
	assert.Equal(t, emulator.OutcomeError, rep.Outcome)
	assert.Equal(t, "ECONNREFUSED", rep.Error.Code)
}
