// A callback given the RestException for an invalid number.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  function seen(e) {
    return { name: e.name, message: e.message, status: e.status, code: e.code, moreInfo: e.moreInfo, details: e.details === undefined ? 'undefined' : e.details, isError: e instanceof Error };
  }
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: '555', from: s.TWILIO_PHONE_NUMBER }, (err, m) => {
    cb(null, { err: seen(err), m: m === undefined ? 'undefined' : m });
  }).catch(() => {});
};
