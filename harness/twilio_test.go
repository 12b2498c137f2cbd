package harness_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/providers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runDocumented runs an embedded hook with its demo secrets (changed by
// edit) against a harness configured by cfg.
func runDocumented(t *testing.T, name string, cfg harness.Config, payload map[string]any, edit func(map[string]string)) (harness.Report, *harness.Harness) {
	t.Helper()
	src, err := hooks.Source(name)
	require.NoError(t, err)
	em := emulator.New(emulator.Config{Grace: 200 * time.Millisecond})
	hook, err := em.Load(name, src)
	require.NoError(t, err)
	doc, _ := hooks.Lookup(name)
	if edit != nil {
		edit(doc.Secrets)
	}
	p, err := emulator.DefaultPayload().Merge(payload)
	require.NoError(t, err)
	h := harness.New(cfg)
	return h.Run(context.Background(), em, hook, emulator.Invocation{Payload: p, Secrets: doc.Secrets, Timeout: time.Minute}), h
}

func voice() map[string]any {
	return map[string]any{"context": map[string]any{"message_type": "voice"}}
}

func TestTheTwilioSMSHookTextsForSMS(t *testing.T) {
	t.Parallel()
	rep, h := runDocumented(t, "twilio-sms.js", harness.Config{}, nil, nil)
	require.True(t, rep.OK, "%+v", rep.Error)
	msgs := fakeTwilio(h).Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, "+18085555555", msgs[0].To)
	assert.Equal(t, "+15005550006", msgs[0].From)
	assert.Equal(t, "Here is your one time password: 999111", msgs[0].Body)
	assert.Equal(t, "Basic <secret:TWILIO_ACCOUNT_SID>:<secret:TWILIO_AUTH_TOKEN>", rep.Requests[0].Headers["Authorization"])
}

func TestTheTwilioSMSHookCallsForVoice(t *testing.T) {
	t.Parallel()
	rep, h := runDocumented(t, "twilio-sms.js", harness.Config{}, voice(), nil)
	require.True(t, rep.OK, "%+v", rep.Error)
	calls := fakeTwilio(h).Calls()
	require.Len(t, calls, 1)
	assert.Equal(t, "+18085555555", calls[0].To)
	assert.Equal(t, "+15005550006", calls[0].From)
	assert.Equal(t, 30, calls[0].Timeout)
	assert.Equal(t, "<Response><Say>Your verification code is 1, 2, 3, 4, 5, 6. Again, your code is 1, 2, 3, 4, 5, 6.</Say></Response>", calls[0].Twiml)
	assert.Empty(t, fakeTwilio(h).Messages(), "voice must call, not text")
}

func TestTheTwilioVerifyHookSendsAuth0sCodeAsACustomCode(t *testing.T) {
	t.Parallel()
	for _, payload := range []map[string]any{nil, voice()} {
		rep, h := runDocumented(t, "twilio-verify.js", harness.Config{}, payload, nil)
		require.True(t, rep.OK, "%+v", rep.Error)
		v := fakeTwilio(h).Verifications()
		require.Len(t, v, 1)
		assert.Equal(t, "+18085555555", v[0].To)
		assert.Equal(t, "sms", v[0].Channel)
		assert.Equal(t, "123456", v[0].CustomCode)
		assert.Equal(t, "VA0123456789abcdef0123456789abcdef", v[0].ServiceSID)
	}
}

func TestTwilioFailuresReachTheHookWithTwiliosCodeAndMessage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		hook    string
		cfg     harness.Config
		payload map[string]any
		edit    func(map[string]string)
		code    int64
		message string
	}{
		{"a bad token is 20003", "twilio-sms.js", harness.Config{Providers: providers.Configs{"twilio": &faketwilio.Config{AuthToken: "right-token"}}}, nil, nil, 20003, "Authenticate"},
		{"an invalid To is 21211", "twilio-sms.js", harness.Config{}, map[string]any{"recipient": "12345"}, nil, 21211, "is not a valid phone number"},
		{"a From the account does not own is 21606", "twilio-sms.js", harness.Config{Providers: providers.Configs{"twilio": &faketwilio.Config{Numbers: []string{"+14155550100"}}}},
			nil, func(s map[string]string) { s["TWILIO_PHONE_NUMBER"] = "+14155559999" }, 21606, "not a valid, SMS-capable inbound phone number"},
		{"an unknown Verify service is 20404", "twilio-verify.js", harness.Config{Providers: providers.Configs{"twilio": &faketwilio.Config{Services: []string{"VAffffffffffffffffffffffffffffffff"}}}}, nil, nil, 20404, "was not found"},
		{"a provider outage is the fault's status", "twilio-sms.js", harness.Config{Providers: providers.Configs{"twilio": &faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Status: 500}}}}}, nil, nil, 20500, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep, _ := runDocumented(t, tt.hook, tt.cfg, tt.payload, tt.edit)
			require.Equal(t, emulator.OutcomeError, rep.Outcome, "%+v", rep.Error)
			assert.EqualValues(t, tt.code, rep.Error.Code)
			assert.Contains(t, rep.Error.Message, tt.message)
		})
	}
}

func TestTheSixthVerificationWithoutACheckIs60203(t *testing.T) {
	t.Parallel()
	src, _ := hooks.Source("twilio-verify.js")
	doc, _ := hooks.Lookup("twilio-verify.js")
	em := emulator.New(emulator.Config{})
	hook, err := em.Load("twilio-verify.js", src)
	require.NoError(t, err)
	h := harness.New(harness.Config{})
	var last harness.Report
	for i := 0; i < 6; i++ {
		last = h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: doc.Secrets})
	}
	require.Equal(t, emulator.OutcomeError, last.Outcome)
	assert.EqualValues(t, 60203, last.Error.Code)
	assert.EqualValues(t, 429, last.Error.Status)
}

func TestAHookThatForgetsFromGetsTwilioNodesSynchronousError(t *testing.T) {
	t.Parallel()
	rep := runTwilioSource(t, `module.exports = function (recipient, text, context, cb) {
		var s = context.webtask.secrets;
		var client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
		client.calls.create({to: recipient, twiml: '<Response/>'}).then(function () { cb(null, {}); }, cb);
	};`)
	assert.Equal(t, emulator.OutcomeException, rep.Outcome)
	assert.Contains(t, rep.Error.Message, "Required parameter")
	assert.Contains(t, rep.Error.Message, "from")
	assert.Empty(t, rep.Requests)
}

func TestAMultipartBodyFromAnOldTwilioIsAccepted(t *testing.T) {
	t.Parallel()
	rep := runTwilioSource(t, `module.exports = function (recipient, text, context, cb) {
		var s = context.webtask.secrets;
		require('twilio@3.40.0')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN)
			.messages.create({to: recipient, from: '+15005550006', body: text}).then(function (m) { cb(null, {status: m.status}); }, cb);
	};`)
	require.True(t, rep.OK, "%+v", rep.Error)
	assert.True(t, strings.HasPrefix(rep.Requests[0].Headers["Content-Type"], "multipart/form-data"), rep.Requests[0].Headers["Content-Type"])
	assert.JSONEq(t, `{"status":"queued"}`, string(rep.Response))
}

func TestNoTwilioSecretAppearsInTheReport(t *testing.T) {
	t.Parallel()
	for _, payload := range []map[string]any{nil, voice()} {
		rep, _ := runDocumented(t, "twilio-sms.js", harness.Config{}, payload, nil)
		out, _ := json.Marshal(rep)
		doc, _ := hooks.Lookup("twilio-sms.js")
		for name, value := range doc.Secrets {
			assert.NotContains(t, string(out), value, name)
		}
	}
}

func runTwilioSource(t *testing.T, src string) harness.Report {
	t.Helper()
	doc, _ := hooks.Lookup("twilio-sms.js")
	em := emulator.New(emulator.Config{Grace: 200 * time.Millisecond})
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	return harness.New(harness.Config{}).Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: doc.Secrets, Timeout: time.Minute})
}

// fakeTwilio is the harness's fake Twilio, with its typed records.
func fakeTwilio(h *harness.Harness) *faketwilio.Server {
	return h.Fake(faketwilio.Name).(*faketwilio.Server)
}
