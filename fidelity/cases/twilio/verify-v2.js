// Verify through the explicit client.verify.v2.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.verify.v2.services(s.TWILIO_VERIFY_SID).verifications.create({ to: recipient, channel: 'call' })
    .then((v) => cb(null, { status: v.status, channel: v.channel, to: v.to }))
    .catch(cb);
};
