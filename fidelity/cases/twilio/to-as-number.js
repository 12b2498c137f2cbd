// to given as a number rather than a string.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: 18085555555, from: s.TWILIO_PHONE_NUMBER }).then((m) => cb(null, { to: m.to })).catch((e) => cb(null, { message: e.message, code: e.code, status: e.status }));
};
