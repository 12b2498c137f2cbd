// The long path client.api.v2010.accounts(sid).messages.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.api.v2010.accounts(s.TWILIO_ACCOUNT_SID).messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER })
    .then((m) => cb(null, { status: m.status, accountSid: m.accountSid }))
    .catch(cb);
};
