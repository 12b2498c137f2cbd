// TwiML that is not XML: Twilio refuses the call.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.calls.create({ twiml: '<Response><Say>unclosed', to: recipient, from: s.TWILIO_PHONE_NUMBER }).then(() => cb(null, { sent: true })).catch((e) => cb(null, { status: e.status, code: e.code, message: e.message }));
};
