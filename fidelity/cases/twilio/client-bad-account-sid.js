// An account SID not starting with AC throws.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  try {
    twilio('XX' + s.TWILIO_ACCOUNT_SID.slice(2), s.TWILIO_AUTH_TOKEN);
    cb(null, { made: true });
  } catch (e) {
    cb(null, { thrown: e.message, name: e.name });
  }
};
