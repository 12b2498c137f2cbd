// A missing auth token (the secret was never set) throws.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  try {
    twilio(s.TWILIO_ACCOUNT_SID, s.NOT_SET);
    cb(null, { made: true });
  } catch (e) {
    cb(null, { thrown: e.message, name: e.name });
  }
};
