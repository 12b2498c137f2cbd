// fetch with a callback.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER })
    .then((m) => client.messages(m.sid).fetch((err, f) => cb(null, { err: err === null ? 'null' : String(err), to: f.to })))
    .catch(cb);
};
