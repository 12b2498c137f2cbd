// A Twilio message sent with request, as pre-twilio-node hooks did.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  function seen(err, res, body) { return { err: err ? { name: err.name, message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, connect: err.connect } : null, status: res && res.statusCode, statusMessage: res && res.statusMessage, type: res && res.headers['content-type'], body }; }
  const s = context.webtask.secrets;
  request.post({ url: 'https://api.twilio.com/2010-04-01/Accounts/' + s.TWILIO_ACCOUNT_SID + '/Messages.json', auth: { user: s.TWILIO_ACCOUNT_SID, pass: s.TWILIO_AUTH_TOKEN }, form: { To: recipient, From: s.TWILIO_PHONE_NUMBER, Body: text } }, (err, res, body) => { const b = JSON.parse(body); cb(null, { status: res.statusCode, to: b.to, state: b.status, sid: b.sid }); });
};
