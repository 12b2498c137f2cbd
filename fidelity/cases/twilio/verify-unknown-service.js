// A Verify service the account does not have: 404.
// fidelity: {"matrix": "twilio", "faketwilio": {"services": ["VA0123456789abcdef0123456789abcdef"]}}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  function seen(e) {
    return { name: e.name, message: e.message, status: e.status, code: e.code, moreInfo: e.moreInfo, details: e.details === undefined ? 'undefined' : e.details, isError: e instanceof Error };
  }
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.verify.v2.services('VA99999999999999999999999999999999').verifications.create({ to: recipient, channel: 'sms' })
    .then(() => cb(null, { sent: true }))
    .catch((e) => cb(null, seen(e)));
};
