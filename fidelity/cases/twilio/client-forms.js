// twilio(...) without new, new twilio.Twilio(...), and what a client has.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const a = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const b = new twilio.Twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  cb(null, {
    accountSid: a.accountSid, username: a.username, same: a.accountSid === b.accountSid,
    messages: typeof a.messages.create, calls: typeof a.calls.create, verify: typeof a.verify.services,
    twiml: typeof twilio.twiml.VoiceResponse, restException: typeof twilio.RestException,
  });
};
