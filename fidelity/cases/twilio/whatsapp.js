// A WhatsApp message: the whatsapp: prefix on both numbers.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: 'whatsapp:' + recipient, from: 'whatsapp:' + s.TWILIO_PHONE_NUMBER })
    .then((m) => cb(null, { to: m.to, from: m.from, status: m.status }))
    .catch(cb);
};
