package twilio_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fake's account: a phone number and a Verify service of its own.
const (
	fakeNumber  = "+14155550100"
	fakeService = "VA00000000000000000000000000000001"
)

func newFake() *faketwilio.Server {
	return faketwilio.New(faketwilio.Config{
		AccountSID: accountSID,
		AuthToken:  authToken,
		Numbers:    []string{fakeNumber},
		Services:   []string{fakeService},
		Now:        func() time.Time { return time.Date(2023, 8, 24, 5, 1, 45, 0, time.UTC) },
	})
}

// newFakeEnv requires twilio (the default of a Hook, or of an Action) with
// HTTP going to fake.
func newFakeEnv(t *testing.T, version string, action bool, fake *faketwilio.Server) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(fake))
	env.SetAction(action)
	env.Require(t, twilio.Module(), version, "twilio")
	env.Setenv("TWILIO_ACCOUNT_SID", accountSID)
	env.Setenv("TWILIO_AUTH_TOKEN", authToken)
	// envClient is a client built, as hooks often do, from the account SID
	// and token in process.env.
	_, err := env.RT.RunString(`globalThis.envClient = function () { return twilio(); };`)
	require.NoError(t, err)
	return withErrorShape(t, env)
}

func TestAHookSendsAnSMSThroughTheFake(t *testing.T) {
	t.Parallel()
	for _, action := range []bool{false, true} {
		name := "a Hook with the default 3.84.1"
		if action {
			name = "an Action with the default 5.13.1"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fake := newFake()
			env := newFakeEnv(t, "", action, fake)
			got := env.AwaitBody(t, `const client = envClient();
				const m = await client.messages.create({body: 'Your code is 123456', from: '`+fakeNumber+`', to: '+14155552345'});
				const again = await client.messages(m.sid).fetch();
				return {sid: m.sid.slice(0, 2), status: m.status, segments: m.numSegments, dates: m.dateCreated instanceof Date, same: again.sid === m.sid, body: again.body};`)
			jsonEq(t, `{"sid":"SM","status":"queued","segments":"1","dates":true,"same":true,"body":"Your code is 123456"}`, got)
			msgs := fake.Messages()
			require.Len(t, msgs, 1)
			assert.Equal(t, url.Values{"To": {"+14155552345"}, "From": {fakeNumber}, "Body": {"Your code is 123456"}}, msgs[0].Form)
		})
	}
}

func TestAHookPlacesAVoiceCallWithTwiML(t *testing.T) {
	t.Parallel()
	fake := newFake()
	env := newFakeEnv(t, "3.84.1", false, fake)
	got := env.AwaitBody(t, `const VoiceResponse = twilio.twiml.VoiceResponse;
		const twiml = new VoiceResponse();
		twiml.say({voice: 'alice'}, 'Your code is 1 2 3 4 5 6');
		twiml.pause({length: 1});
		twiml.say({voice: 'alice'}, 'Again, your code is 1 2 3 4 5 6');
		const call = await envClient().calls.create({twiml: twiml.toString(), to: '+14155552345', from: '`+fakeNumber+`', timeout: 30});
		return [call.sid.slice(0, 2), call.status, call.to];`)
	assert.Equal(t, `["CA","queued","+14155552345"]`, got)
	calls := fake.Calls()
	require.Len(t, calls, 1)
	assert.Equal(t, 30, calls[0].Timeout)
	assert.Equal(t, `<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice">Your code is 1 2 3 4 5 6</Say><Pause length="1"/><Say voice="alice">Again, your code is 1 2 3 4 5 6</Say></Response>`, calls[0].Twiml)
	assert.Equal(t, []string{"30"}, calls[0].Form["Timeout"])
}

func TestAHookSendsAVerificationWithACustomCode(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, version, apiVersion string }{
		{"3.84.1 on Verify v2", "3.84.1", "v2"},
		{"3.29.0 on Verify v1, in multipart", "3.29.0", "v1"},
		{"5.13.1 on Verify v2", "5.13.1", "v2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fake := newFake()
			env := newFakeEnv(t, tt.version, false, fake)
			got := env.AwaitBody(t, `const v = await envClient().verify.services('`+fakeService+`').verifications.create({to: '+14155552345', channel: 'sms', customCode: '123456'});
				return [v.sid.slice(0, 2), v.status, v.channel, v.dateCreated instanceof Date];`)
			assert.Equal(t, `["VE","pending","sms",true]`, got)
			verifications := fake.Verifications()
			require.Len(t, verifications, 1)
			assert.Equal(t, tt.apiVersion, verifications[0].APIVersion)
			assert.Equal(t, "123456", verifications[0].CustomCode)
			assert.Equal(t, "sms", verifications[0].Channel)
			assert.Equal(t, "+14155552345", verifications[0].To)
		})
	}
}

func TestFakeFailuresReachTheHookAsRestExceptions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, script, want string
	}{
		{"a bad token is 20003", "3.84.1",
			`await twilio('` + accountSID + `', 'wrong-token').messages.create({to: '+14155552345', from: '` + fakeNumber + `', body: 'x'});`,
			`{"status":401,"code":20003,"message":"Authenticate","moreInfo":"https://www.twilio.com/docs/errors/20003"}`},
		{"a national To is 21211", "4.23.0",
			`await envClient().messages.create({to: '5551234567', from: '` + fakeNumber + `', body: 'x'});`,
			`{"status":400,"code":21211,"message":"The 'To' number 5551234567 is not a valid phone number.","moreInfo":"https://www.twilio.com/docs/errors/21211"}`},
		{"a From the account does not own is 21606", "3.84.1",
			`await envClient().messages.create({to: '+14155552345', from: '+14155559999', body: 'x'});`,
			`{"status":400,"code":21606,"message":"The From phone number +14155559999 is not a valid, SMS-capable inbound phone number or short code for your account.","moreInfo":"https://www.twilio.com/docs/errors/21606"}`},
		{"an unknown Verify service is 20404", "5.13.1",
			`await envClient().verify.v2.services('VA99999999999999999999999999999999').verifications.create({to: '+14155552345', channel: 'sms'});`,
			`{"status":404,"code":20404,"message":"The requested resource /Services/VA99999999999999999999999999999999/Verifications was not found","moreInfo":"https://www.twilio.com/docs/errors/20404"}`},
		{"a sixth send without a check is 60203", "3.84.1",
			`const v = envClient().verify.v2.services('` + fakeService + `').verifications;
			for (let i = 0; i < 5; i++) await v.create({to: '+14155552345', channel: 'sms', customCode: '123456'});
			await v.create({to: '+14155552345', channel: 'sms', customCode: '123456'});`,
			`{"status":429,"code":60203,"message":"Max send attempts reached","moreInfo":"https://www.twilio.com/docs/errors/60203"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newFakeEnv(t, tt.version, false, newFake())
			got := env.AwaitBody(t, `try { `+tt.script+` return 'no error'; } catch (e) {
				return {status: e.status, code: e.code, message: e.message, moreInfo: e.moreInfo}; }`)
			jsonEq(t, tt.want, got)
		})
	}
}
