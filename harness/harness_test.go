package harness_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/providers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func run(t *testing.T, src string, secrets map[string]string) harness.Report {
	t.Helper()
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP()), Grace: 300 * time.Millisecond})
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	h := harness.New(harness.Config{})
	return h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: time.Minute})
}

const send8x8 = `module.exports = function (recipient, text, context, cb) {
	var s = context.webtask.secrets;
	require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages',
		headers: {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json'},
		body: JSON.stringify({destination: recipient, text: text})})
	.then(function (r) { console.log('sent with', s.apikey, r.status); cb(r.status === 200 ? null : new Error(r.body), JSON.parse(r.body)); });
};`

func TestARequestToAn8x8HostReachesTheFake(t *testing.T) {
	t.Parallel()
	rep := run(t, send8x8, map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"})
	require.True(t, rep.OK, "%+v", rep)
	require.Len(t, rep.Requests, 1)
	ex := rep.Requests[0]
	assert.Equal(t, "8x8", ex.Provider)
	assert.Equal(t, "POST", ex.Method)
	assert.Equal(t, "https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages", ex.URL)
	assert.Equal(t, "Bearer <secret:apikey>", ex.Headers["Authorization"])
	assert.Equal(t, 200, ex.Status)
	assert.Contains(t, ex.ResponseBody, `"status":{"code":"QUEUED"`)
	assert.False(t, ex.AfterCallback)
	assert.Equal(t, "sent with <secret:apikey> 200", rep.Logs[0].Message)
}

func TestNoSecretValueAppearsAnywhereInTheReport(t *testing.T) {
	t.Parallel()
	rep := run(t, send8x8, map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"})
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "key-123456")
	assert.NotContains(t, string(out), "acme-otp")
}

func TestARequestToAnUnknownHostFailsLikeADNSFailure(t *testing.T) {
	t.Parallel()
	rep := run(t, `module.exports = function (r, t, c, cb) {
		require('rawhttp').send({method: 'GET', url: 'https://api.example.com/x'}).then(function () { cb(); }, function (e) { cb(e); }); };`, nil)
	assert.Equal(t, emulator.OutcomeError, rep.Outcome)
	assert.Equal(t, "getaddrinfo ENOTFOUND api.example.com", rep.Error.Message)
	assert.Equal(t, "ENOTFOUND", rep.Error.Code)
	require.Len(t, rep.Requests, 1)
	assert.Contains(t, rep.Requests[0].Error, "no such host")
	found := false
	for _, p := range rep.Problems {
		if strings.Contains(p.Message, "api.example.com") && strings.Contains(p.Message, "--allow-host api.example.com") {
			found = true
		}
	}
	assert.True(t, found, "%v", rep.Problems)
}

func TestARequestStillRunningAtTheCallbackIsMarked(t *testing.T) {
	t.Parallel()
	rep := run(t, `module.exports = function (r, t, c, cb) {
		var s = c.webtask.secrets;
		cb(null, {});
		require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages', headers: {Authorization: 'Bearer k'}, body: '{}'}); };`, nil)
	require.True(t, rep.OK)
	require.Len(t, rep.Requests, 1)
	assert.True(t, rep.Requests[0].AfterCallback)
}

func TestARequestInFlightAtTheEndIsAProblemNamingIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"a hook that calls cb before its request finishes", `module.exports = function (r, t, c, cb) {
			require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages', headers: {Authorization: 'Bearer k'}, body: '{}'});
			cb(null, {}); };`,
			"POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when cb was called: Auth0 may freeze the hook before it is sent; finish every request before calling cb"},
		{"an Action that returns without awaiting its request", `exports.onExecuteSendPhoneMessage = async function (event, api) {
			require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages', headers: {Authorization: 'Bearer k'}, body: '{}'}); };`,
			"POST https://sms.8x8.com/api/v1/subaccounts/acme/messages was still in flight when the Action returned: Auth0 may freeze the Action before it is sent; await every request before returning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := run(t, tt.src, nil)
			require.True(t, rep.OK)
			require.Len(t, rep.Requests, 1)
			require.True(t, rep.Requests[0].AfterCallback, "the request finished in the grace or later")
			assert.Contains(t, rep.Problems, emulator.Problem{Severity: emulator.SeverityWarning, Message: tt.want})
		})
	}
}

func TestARequestAwaitedBeforeTheEndIsNoProblem(t *testing.T) {
	t.Parallel()
	rep := run(t, send8x8, map[string]string{"apikey": "k", "subaccount": "acme"})
	require.Len(t, rep.Requests, 1)
	assert.Empty(t, rep.Problems)
}

func TestARunWithLentFakesSendsToThemAndStillBlocksUnknownHosts(t *testing.T) {
	t.Parallel()
	lent, err := providers.NewSet(providers.SetConfig{})
	require.NoError(t, err)
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP()), Grace: 300 * time.Millisecond})
	hook, err := em.Load("hook.js", []byte(send8x8))
	require.NoError(t, err)
	h := harness.New(harness.Config{Fakes: lent})
	secrets := map[string]string{"apikey": "lent-key-1234", "subaccount": "acme"}
	rep := h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: time.Minute})
	require.True(t, rep.OK, "%+v", rep)
	fake, err := lent.Fake("8x8")
	require.NoError(t, err)
	assert.Equal(t, 1, fake.Journal().Len(), "the request reached the lent fake")
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "lent-key-1234", "secrets are masked as ever")

	unknown, err := em.Load("unknown.js", []byte(`module.exports = function (r, t, c, cb) { require('rawhttp').send({method: 'GET', url: 'https://unknown.example/'}).then(function () { cb(); }, cb); };`))
	require.NoError(t, err)
	blocked := h.Run(context.Background(), em, unknown, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: time.Minute})
	assert.Equal(t, []string{"unknown.example"}, harness.BlockedHosts(blocked))
}
