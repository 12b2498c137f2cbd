// A missing account SID throws.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  try {
    twilio(undefined, s.TWILIO_AUTH_TOKEN);
    cb(null, { made: true });
  } catch (e) {
    cb(null, { thrown: e.message, name: e.name });
  }
};
