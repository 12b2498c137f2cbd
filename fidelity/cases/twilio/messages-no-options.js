// create() with no options at all.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  try {
    client.messages.create().then(() => cb(null, { sent: true }), (e) => cb(null, { rejected: e.message }));
  } catch (e) {
    cb(null, { thrown: e.message, name: e.name });
  }
};
