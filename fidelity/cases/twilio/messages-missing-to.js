// A missing required parameter throws at once, not as a rejection.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  try {
    client.messages.create({ body: text, from: s.TWILIO_PHONE_NUMBER }).then(() => cb(null, { sent: true }), (e) => cb(null, { rejected: e.message }));
  } catch (e) {
    cb(null, { thrown: e.message, name: e.name });
  }
};
