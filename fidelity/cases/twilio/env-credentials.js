// Credentials from process.env when none are passed.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  process.env.TWILIO_ACCOUNT_SID = s.TWILIO_ACCOUNT_SID;
  process.env.TWILIO_AUTH_TOKEN = s.TWILIO_AUTH_TOKEN;
  let client;
  try { client = twilio(); } finally { delete process.env.TWILIO_ACCOUNT_SID; delete process.env.TWILIO_AUTH_TOKEN; }
  client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER }).then((m) => cb(null, { accountSid: m.accountSid, status: m.status })).catch(cb);
};
