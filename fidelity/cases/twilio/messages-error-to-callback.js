// A RestException passed straight to cb.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: '+15005550001', from: s.TWILIO_PHONE_NUMBER })
    .then(() => cb(null, {}))
    .catch((e) => cb(e));
};
