// A call with a TwiML url and the VoiceResponse builder.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const vr = new twilio.twiml.VoiceResponse();
  vr.say({ voice: 'alice', language: 'en-US' }, 'Your code is 1 2 3');
  vr.pause({ length: 1 });
  client.calls.create({ url: 'https://example.com/twiml', to: recipient, from: s.TWILIO_PHONE_NUMBER, method: 'GET' })
    .then((c) => cb(null, { status: c.status, twiml: vr.toString() }))
    .catch(cb);
};
