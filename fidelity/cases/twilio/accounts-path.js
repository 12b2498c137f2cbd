// client.api.accounts(sid).calls, the path some hooks use.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.api.accounts(s.TWILIO_ACCOUNT_SID).calls.create({ twiml: '<Response><Say>hi</Say></Response>', to: recipient, from: s.TWILIO_PHONE_NUMBER }).then((c) => cb(null, { status: c.status })).catch(cb);
};
