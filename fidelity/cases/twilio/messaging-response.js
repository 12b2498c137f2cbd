// TwiML MessagingResponse and VoiceResponse as strings.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const m = new twilio.twiml.MessagingResponse();
  m.message('Your code is 123 & <b>');
  const v = new twilio.twiml.VoiceResponse();
  const g = v.gather({ numDigits: 1 });
  g.say('Press 1');
  v.hangup();
  cb(null, { m: m.toString(), v: v.toString() });
};
