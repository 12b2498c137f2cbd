// A custom code Verify refuses: the RestException.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  function seen(e) {
    return { name: e.name, message: e.message, status: e.status, code: e.code, moreInfo: e.moreInfo, details: e.details === undefined ? 'undefined' : e.details, isError: e instanceof Error };
  }
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.verify.v2.services(s.TWILIO_VERIFY_SID).verifications.create({ to: recipient, channel: 'sms', customCode: '1' })
    .then(() => cb(null, { sent: true }))
    .catch((e) => cb(null, seen(e)));
};
