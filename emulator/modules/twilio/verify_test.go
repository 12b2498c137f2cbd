package twilio_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVerificationsCreateSendsTheCustomCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, call, url, body string
		warnings                       []string
	}{
		{"3.84.1 through verify.services, silently", "3.84.1", "client.verify.services",
			"https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications",
			"To=%2B15017122661&Channel=sms&Locale=en&CustomCode=123456", nil},
		{"4.23.0 through verify.services, with the deprecation notice", "4.23.0", "client.verify.services",
			"https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications",
			"To=%2B15017122661&Channel=sms&Locale=en&CustomCode=123456", []string{"services is deprecated. Use v2.services instead."}},
		{"5.13.1 through verify.v2.services", "5.13.1", "client.verify.v2.services",
			"https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications",
			"To=%2B15017122661&Channel=sms&Locale=en&CustomCode=123456", nil},
		{"3.29.0 through verify.services, which is v1 before 3.30", "3.29.0", "client.verify.services",
			"https://verify.twilio.com/v1/Services/VA0123456789abcdef0123456789abcdef/Verifications", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, verifyPayload)
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', '`+authToken+`');
				const v = await `+tt.call+`('VA0123456789abcdef0123456789abcdef').verifications.create({to: '+15017122661', channel: 'sms', customCode: '123456', locale: 'en'});
				return [v.sid, v.status, v.valid, v.dateCreated instanceof Date, v.dateCreated.toISOString(), v.constructor.name];`)
			assert.Equal(t, `["VE0123456789abcdef0123456789abcdef","pending",false,true,"2015-07-30T20:00:00.000Z","VerificationInstance"]`, got)
			req := rec.only(t)
			assert.Equal(t, "POST", req.Method)
			assert.Equal(t, tt.url, req.URL.String())
			assert.Equal(t, basicAuth, req.Header.Get("Authorization"))
			if tt.body != "" {
				assert.Equal(t, tt.body, req.Body)
			}
			assert.Equal(t, tt.warnings, env.Warnings())
		})
	}
}

func TestVerificationsSerializeObjectsAsJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, body string
	}{
		{"3.84.1 stringifies objects and leaves null empty", "3.84.1",
			"To=%2B1&Channel=sms&RateLimits=%7B%22key%22%3A%22v%22%7D&ChannelConfiguration=&TemplateCustomSubstitutions=x"},
		{"4.23.0 stringifies null too", "4.23.0",
			"To=%2B1&Channel=sms&RateLimits=%7B%22key%22%3A%22v%22%7D&ChannelConfiguration=null&TemplateCustomSubstitutions=x"},
		{"3.67.1 had no TemplateCustomSubstitutions yet", "3.67.1",
			"To=%2B1&Channel=sms&RateLimits=%7B%22key%22%3A%22v%22%7D&ChannelConfiguration="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, verifyPayload)
			env := newEnv(t, tt.version, rec)
			env.AwaitBody(t, `await twilio('`+accountSID+`', 'tok').verify.v2.services('VA1').verifications.create({to: '+1', channel: 'sms', rateLimits: {key: 'v'}, channelConfiguration: null, templateCustomSubstitutions: 'x'});`)
			assert.Equal(t, tt.body, rec.only(t).Body)
		})
	}
}

func TestVerificationInstancesHaveTheReleaseFields(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(201, verifyPayload)
	env := newEnv(t, "4.23.0", rec)
	got := env.AwaitBody(t, `const v = await twilio('`+accountSID+`', 'tok').verify.v2.services('VA0123456789abcdef0123456789abcdef').verifications.create({to: '+15017122661', channel: 'sms'});
		return v;`)
	jsonEq(t, `{"sid":"VE0123456789abcdef0123456789abcdef","serviceSid":"VA0123456789abcdef0123456789abcdef","accountSid":"AC0123456789abcdef0123456789abcdef","to":"+15017122661","channel":"sms","status":"pending","valid":false,"lookup":{},"amount":null,"payee":null,"sendCodeAttempts":[{"time":"2015-07-30T20:00:00Z","channel":"SMS","attempt_sid":"VL0123456789abcdef0123456789abcdef"}],"dateCreated":"2015-07-30T20:00:00.000Z","dateUpdated":"2015-07-30T20:00:00.000Z","sna":null,"url":"https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications/VE0123456789abcdef0123456789abcdef"}`, got)
}

func TestVerificationsFetchGetsOneVerification(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(200, `{"sid":"VE1","status":"approved"}`)
	env := newEnv(t, "3.84.1", rec)
	got := env.AwaitBody(t, `const v = await twilio('`+accountSID+`', 'tok').verify.v2.services('VA1').verifications('VE1').fetch(); return v.status;`)
	assert.Equal(t, `"approved"`, got)
	req := rec.only(t)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "https://verify.twilio.com/v2/Services/VA1/Verifications/VE1", req.URL.String())
}

func TestVerifyVersionsExistPerRelease(t *testing.T) {
	t.Parallel()
	tests := []struct{ version, want string }{
		{"3.29.0", `{"v1":true,"v2":false}`},
		{"3.30.0", `{"v1":true,"v2":true}`},
		{"3.30.1", `{"v1":false,"v2":true}`},
		{"6.2.0", `{"v1":false,"v2":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.version+" has the verify versions it shipped", func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, &recorder{})
			got := env.AwaitBody(t, `const verify = twilio('`+accountSID+`', 'tok').verify; return {v1: !!verify.v1, v2: !!verify.v2};`)
			jsonEq(t, tt.want, got)
		})
	}
}

func TestPathParametersAreValidatedFrom4(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, version, call, want string }{
		{"4.23.0 rejects a service SID with a slash", "4.23.0", `client.verify.v2.services('VA1/x')`, `"Parameter 'sid' is not valid."`},
		{"4.23.0 rejects an undefined message SID", "4.23.0", `client.messages(undefined)`, `"Parameter 'sid' is not valid."`},
		{"3.84.1 puts an undefined SID in the path as nothing", "3.84.1", `client.messages(undefined)._uri`, `"/Accounts/AC0123456789abcdef0123456789abcdef/Messages/.json"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, &recorder{})
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok'); try { return `+tt.call+`; } catch (e) { return e.message; }`)
			assert.Equal(t, tt.want, got)
		})
	}
}
