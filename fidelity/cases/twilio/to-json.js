// JSON.stringify of a message instance, as a hook that logs it sees.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER })
    .then((m) => { const j = JSON.parse(JSON.stringify(m)); cb(null, { keys: Object.keys(j).sort(), status: j.status }); })
    .catch(cb);
};
