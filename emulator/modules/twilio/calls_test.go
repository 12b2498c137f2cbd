package twilio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCallsCreateSendsTwimlAndTimeout(t *testing.T) {
	t.Parallel()
	const twiml = `<?xml version="1.0" encoding="UTF-8"?><Response><Say>Your code is 1 2 3</Say></Response>`
	const encoded = "%3C%3Fxml%20version%3D%221.0%22%20encoding%3D%22UTF-8%22%3F%3E%3CResponse%3E%3CSay%3EYour%20code%20is%201%202%203%3C%2FSay%3E%3C%2FResponse%3E"
	tests := []struct {
		name, version, twiml, body string
	}{
		{"3.84.1 sends the TwiML string after To and From", "3.84.1", quote(twiml),
			"To=%2B14155552345&From=%2B15005550006&Twiml=" + encoded + "&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=false"},
		{"4.23.0 sends Url, Twiml and ApplicationSid last", "4.23.0", quote(twiml),
			"To=%2B14155552345&From=%2B15005550006&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=false&Twiml=" + encoded},
		{"4.23.0 turns a VoiceResponse into its XML", "4.23.0", `(() => { const r = new twilio.twiml.VoiceResponse(); r.say('Your code is 1 2 3'); return r; })()`,
			"To=%2B14155552345&From=%2B15005550006&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=false&Twiml=" + encoded},
		{"3.29.0 has no Twiml parameter yet and drops it", "3.29.0", quote(twiml), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, callPayload)
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', '`+authToken+`');
				const call = await client.calls.create({to: '+14155552345', from: '+15005550006', twiml: `+tt.twiml+`, timeout: 30, record: false, statusCallbackEvent: ['initiated', 'answered']});
				return [call.sid, call.status, call.dateCreated instanceof Date, call.constructor.name];`)
			assert.Equal(t, `["CA0123456789abcdef0123456789abcdef","queued",true,"CallInstance"]`, got)
			req := rec.only(t)
			assert.Equal(t, "POST", req.Method)
			assert.Equal(t, "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json", req.URL.String())
			assert.Equal(t, basicAuth, req.Header.Get("Authorization"))
			if tt.body != "" {
				assert.Equal(t, tt.body, req.Body)
			} else {
				assert.NotContains(t, req.Body, "Twiml")
			}
		})
	}
}

func TestCallsCreateWithAVoiceResponseIn3xFailsAsQsDoes(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	env := withErrorShape(t, newEnv(t, "3.84.1", rec))
	got := runErr(t, env, `const r = new twilio.twiml.VoiceResponse(); r.say('hi');
		await twilio('`+accountSID+`', 'tok').calls.create({to: '+1', from: '+2', twiml: r});`)
	jsonEq(t, `{"name":"RangeError","ctor":"RangeError","message":"Cyclic object value","isError":true,"keys":[]}`, got)
	assert.Empty(t, rec.all())
}

func TestCallsFetchGetsOneCall(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(200, callPayload)
	env := newEnv(t, "4.23.0", rec)
	got := env.AwaitBody(t, `const c = await twilio('`+accountSID+`', 'tok').calls('CA0123456789abcdef0123456789abcdef').fetch();
		return [c.sid, c.toFormatted, c.startTime];`)
	assert.Equal(t, `["CA0123456789abcdef0123456789abcdef","(415) 555-2345",null]`, got)
	assert.Equal(t, "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA0123456789abcdef0123456789abcdef.json", rec.only(t).URL.String())
}

func TestApiShortcutsWarnFrom4(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version string
		warnings      []string
	}{
		{"3.84.1 says nothing", "3.84.1", nil},
		{"4.23.0 calls them deprecated", "4.23.0", []string{"messages is deprecated. Use account.messages instead.", "calls is deprecated. Use account.calls instead."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, tt.version, rec)
			env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok');
				await client.api.messages.create({to: '+1', from: '+2', body: 'x'});
				await client.api.calls.create({to: '+1', from: '+2', url: 'https://example.com/twiml'});
				await client.messages.create({to: '+1', from: '+2', body: 'x'});`)
			assert.Equal(t, tt.warnings, env.Warnings())
			for _, req := range rec.all() {
				assert.Contains(t, req.URL.Path, "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/")
			}
		})
	}
}
