// A Basic header built by hand, as Twilio hooks do, sent with https.
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const auth = 'Basic ' + Buffer.from(s.TWILIO_ACCOUNT_SID + ':' + s.TWILIO_AUTH_TOKEN).toString('base64');
  const body = require('querystring').stringify({ To: recipient, From: s.TWILIO_PHONE_NUMBER, Body: text });
  cb(null, { auth: auth.replace(/[A-Za-z0-9+/=]{20,}/, (m) => m.length + ' chars'), body });
};
