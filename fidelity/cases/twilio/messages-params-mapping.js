// Parameters: unknown keys dropped, booleans and arrays, undefined skipped.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({
    body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER, statusCallback: 'https://example.com/status',
    mediaUrl: ['https://example.com/a.png', 'https://example.com/b.png'], provideFeedback: true, validityPeriod: 60,
    attempt: undefined, notAParameter: 'dropped', smartEncoded: false,
  })
    .then((m) => cb(null, { status: m.status, numMedia: m.numMedia }))
    .catch(cb);
};
