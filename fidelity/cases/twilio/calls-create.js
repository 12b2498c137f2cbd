// client.calls.create with TwiML and a timeout.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.calls.create({ twiml: '<Response><Say>Your code is 1, 2, 3.</Say></Response>', to: recipient, from: s.TWILIO_PHONE_NUMBER, timeout: 30 })
    .then((c) => cb(null, { sid: c.sid, status: c.status, to: c.to, from: c.from, direction: c.direction, accountSid: c.accountSid, dateCreated: c.dateCreated, uri: c.uri, apiVersion: c.apiVersion }))
    .catch(cb);
};
