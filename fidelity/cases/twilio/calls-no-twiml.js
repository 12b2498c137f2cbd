// A call with neither Url nor Twiml: 21205.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  function seen(e) {
    return { name: e.name, message: e.message, status: e.status, code: e.code, moreInfo: e.moreInfo, details: e.details === undefined ? 'undefined' : e.details, isError: e instanceof Error };
  }
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.calls.create({ to: recipient, from: s.TWILIO_PHONE_NUMBER })
    .then(() => cb(null, { sent: true }))
    .catch((e) => cb(null, seen(e)));
};
