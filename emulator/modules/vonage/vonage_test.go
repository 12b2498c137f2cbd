package vonage_test

import (
	"net/http"
	"regexp"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/vonage"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var messageIDs = regexp.MustCompile(`"(message-id|messageId)":"[0-9A-F]{16}"`)

// fake is the demo account: only the documented key and secret are
// accepted, so a wrong secret is refused as Vonage refuses it.
func fake() *modtest.Spy {
	return &modtest.Spy{Next: fakevonage.New(fakevonage.Config{
		APIKey: fakevonage.DemoAPIKey, APISecret: fakevonage.DemoAPISecret,
		IDs: fakekit.NewIDs("vonage", "seed"),
	})}
}

func TestAHookCannotRequireIt(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, modtest.HandlerTransport(fake()))
	_, err := vonage.Module().Load(env, vonage.Version)
	assert.ErrorContains(t, err, "needs Node 18 or later")
	assert.ErrorContains(t, err, "use nexmo")
}

func TestSendPostsJSONWithBasicAuth(t *testing.T) {
	t.Parallel()
	s := fake()
	env := newEnv(t, s)
	env.AwaitBody(t, `const vonage = new sdk.Vonage({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'});
		return vonage.sms.send({to: '447700900000', from: 'Acme', text: 'Your code is 123456', clientRef: 'r1'});`)

	r := s.Only(t)
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "rest.nexmo.com", r.Host)
	assert.Equal(t, "/sms/json", r.Path())
	assert.Equal(t, `{"to":"447700900000","from":"Acme","text":"Your code is 123456","client-ref":"r1"}`, r.Body)
	assert.Equal(t, "Basic YWJjZDEyMzQ6YWJjZGVmMDEyMzQ1Njc4OQ==", r.Header.Get("Authorization"))
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	assert.Equal(t, "@vonage/server-sdk/3.0.0, node/18.20.4,", r.Header.Get("User-Agent"))
	assert.Equal(t, "*/*", r.Header.Get("Accept"), "the rest is fetch's")
}

func TestAnAcceptedSendResolvesWithBothSpellingsOfEveryKey(t *testing.T) {
	t.Parallel()
	env := newEnv(t, fake())
	got := env.AwaitBody(t, `const vonage = new sdk.Vonage({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'});
		return vonage.sms.send({to: '447700900000', from: 'Acme', text: 'hi'});`)
	got = messageIDs.ReplaceAllString(got, `"$1":"ID"`)
	assert.Equal(t, `{"message-count":"1","messages":[{"to":"447700900000","message-id":"ID","status":"0","remaining-balance":"15.50260000","message-price":"0.03330000","network":"23410","messageId":"ID","remainingBalance":"15.50260000","messagePrice":"0.03330000"}],"messageCount":"1"}`, got)
}

func TestFailures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		creds   string
		handler http.Handler
		want    string
	}{
		{"a refused message is a partial failure, the package comparing a number with a string",
			`{apiKey: 'abcd1234', apiSecret: 'wrong'}`, fake(),
			`{"ctor":"MessageSendPartialFailure","name":"Error","message":"Some SMS messages failed to send","isError":true,"keys":["response"],"failed":[{"status":"4","error-text":"Bad Credentials","errorText":"Bad Credentials"}]}`},
		{"an HTTP error is a VetchError",
			`{apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'}`,
			http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) }),
			`{"ctor":"VetchError","name":"Error","message":"Request failed with status code 503","isError":true,"keys":["code","config","response"],"failed":null}`},
		{"a missing key rejects before any request",
			`{apiSecret: 'abcdef0123456789'}`, fake(),
			`{"ctor":"MissingApiKeyError","name":"Error","message":"Missing API Key","isError":true,"keys":[],"failed":null}`},
		{"a missing secret rejects before any request",
			`{apiKey: 'abcd1234'}`, fake(),
			`{"ctor":"MissingApiSecretError","name":"Error","message":"Missing API Secret","isError":true,"keys":[],"failed":null}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tc.handler)
			got := env.AwaitBody(t, shapeJS+`
				const vonage = new sdk.Vonage(`+tc.creds+`);
				try { await vonage.sms.send({to: '447700900000', from: 'Acme', text: 'hi'}); return 'sent'; }
				catch (e) { return Object.assign(shape(e), {failed: e.getFailedMessages ? e.getFailedMessages() : null}); }`)
			assert.JSONEq(t, tc.want, got)
		})
	}
}

func TestTheKeysTransformAsThePackagesDo(t *testing.T) {
	t.Parallel()
	s := fake()
	env := newEnv(t, s)
	env.AwaitBody(t, `const vonage = new sdk.Vonage(new sdk.Auth({apiKey: 'abcd1234', apiSecret: 'abcdef0123456789'}));
		return vonage.sms.send({to: '447700900000', from: 'Acme', text: 'hi', statusReportReq: false, api_key: 'x', TTLValue: 30000});`)
	assert.Equal(t, `{"to":"447700900000","from":"Acme","text":"hi","status-report-req":false,"api-key":"x","ttl-value":30000}`, s.Only(t).Body)
}

func TestOtherClientsSayTheyAreNotEmulated(t *testing.T) {
	t.Parallel()
	env := newEnv(t, fake())
	got := env.AwaitBody(t, `const vonage = new sdk.Vonage({apiKey: 'k', apiSecret: 's'});
		try { await vonage.verify.start({}); } catch (e) { return e.message; }`)
	assert.Equal(t, `"hookemu does not emulate @vonage/server-sdk's verify.start: only sms.send, the SMS API call"`, got)
}

func TestModule(t *testing.T) {
	t.Parallel()
	m := vonage.Module()
	assert.Equal(t, "@vonage/server-sdk", m.Name)
	got, err := m.Resolve("^3.0.0", true)
	require.NoError(t, err)
	assert.Equal(t, "3.30.1", got)
}
