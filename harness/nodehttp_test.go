package harness_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// https8x8 sends with Node's https module alone, as many hooks found in
// the wild do.
const https8x8 = `module.exports = function (recipient, text, context, cb) {
	var s = context.webtask.secrets;
	var body = JSON.stringify({destination: recipient, text: text});
	var req = require('https').request({
		hostname: 'sms.8x8.com', path: '/api/v1/subaccounts/' + s.subaccount + '/messages', method: 'POST',
		headers: {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body)}
	}, function (res) {
		var data = '';
		res.setEncoding('utf8');
		res.on('data', function (d) { data += d; });
		res.on('end', function () { cb(res.statusCode === 200 ? null : new Error(data), {status: res.statusCode, umid: JSON.parse(data).umid}); });
	});
	req.on('error', cb);
	req.write(body);
	req.end();
};`

func TestARawHTTPSRequestTo8x8ReachesTheFakeRecordedAndMasked(t *testing.T) {
	t.Parallel()
	rep := run(t, https8x8, map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"})
	require.True(t, rep.OK, "%+v", rep)
	require.Len(t, rep.Requests, 1)
	ex := rep.Requests[0]
	assert.Equal(t, "8x8", ex.Provider)
	assert.Equal(t, "https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages", ex.URL)
	assert.Equal(t, "Bearer <secret:apikey>", ex.Headers["Authorization"])
	assert.Equal(t, 200, ex.Status)
	assert.NotContains(t, ex.Headers, "User-Agent", "Node's https sends none, so none is recorded")
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "key-123456")
}

// twilioAction sends an SMS with node:https from an Action, with the
// auth option and a form body, as Twilio's REST docs show with curl.
const twilioAction = `exports.onExecuteSendPhoneMessage = async (event, api) => {
	const s = event.secrets;
	const qs = require('querystring');
	const body = qs.stringify({To: event.message_options.recipient, From: s.TWILIO_PHONE_NUMBER, Body: event.message_options.text});
	const answer = await new Promise((resolve, reject) => {
		const req = require('node:https').request('https://api.twilio.com/2010-04-01/Accounts/' + s.TWILIO_ACCOUNT_SID + '/Messages.json', {
			method: 'POST', auth: s.TWILIO_ACCOUNT_SID + ':' + s.TWILIO_AUTH_TOKEN,
			headers: {'Content-Type': 'application/x-www-form-urlencoded'}
		}, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({status: res.statusCode, json: JSON.parse(Buffer.concat(chunks).toString())}));
		});
		req.on('error', reject);
		req.end(body);
	});
	if (answer.status !== 201) throw new Error(answer.json.message);
};`

func TestARawHTTPSRequestToTwilioFromAnActionSendsTheSMS(t *testing.T) {
	t.Parallel()
	doc, ok := hooks.Lookup("twilio-sms.js")
	require.True(t, ok)
	em := emulator.New(emulator.Config{Grace: 200 * time.Millisecond})
	hook, err := em.Load("action.js", []byte(twilioAction))
	require.NoError(t, err)
	h := harness.New(harness.Config{})
	rep := h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: doc.Secrets, Timeout: time.Minute})
	require.True(t, rep.OK, "%+v", rep)
	require.Len(t, rep.Requests, 1)
	ex := rep.Requests[0]
	assert.Equal(t, "twilio", ex.Provider)
	assert.Equal(t, 201, ex.Status)
	assert.Equal(t, "Basic <secret:TWILIO_ACCOUNT_SID>:<secret:TWILIO_AUTH_TOKEN>", ex.Headers["Authorization"])
	assert.Len(t, fakeTwilio(h).Messages(), 1)
}

func TestARawHTTPRequestToAnUnknownHostIsBlockedLikeADNSFailure(t *testing.T) {
	t.Parallel()
	rep := run(t, `module.exports = function (r, t, c, cb) {
		require('http').get('http://api.example.com/x', function (res) { res.resume(); cb(); }).on('error', function (e) { cb(e); }); };`, nil)
	assert.Equal(t, emulator.OutcomeError, rep.Outcome)
	assert.Equal(t, "getaddrinfo ENOTFOUND api.example.com", rep.Error.Message)
	assert.Equal(t, "ENOTFOUND", rep.Error.Code)
	require.Len(t, rep.Requests, 1)
	found := false
	for _, p := range rep.Problems {
		found = found || strings.Contains(p.Message, "--allow-host api.example.com")
	}
	assert.True(t, found, "%v", rep.Problems)
}

func TestARawHTTPSRequestToAStubbedHostGetsTheStubsAnswer(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, `module.exports = function (recipient, text, context, cb) {
		var req = require('https').request(context.webtask.secrets.url, {method: 'POST', headers: {'Content-Type': 'application/json'}}, function (res) {
			var body = ''; res.on('data', function (d) { body += d; }); res.on('end', function () { cb(null, {status: res.statusCode, body: body}); });
		});
		req.on('error', cb);
		req.end(JSON.stringify({text: 'hi'}));
	};`, map[string]string{"url": "https://hooks.slack.com/services/T0/B0/x"})
	require.True(t, rep.OK, "%+v", rep)
	require.Len(t, rep.Requests, 1)
	assert.Equal(t, harness.StubProvider, rep.Requests[0].Provider)
	assert.JSONEq(t, `{"status": 200, "body": "ok"}`, string(rep.Response))
}
