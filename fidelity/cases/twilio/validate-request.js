// twilio.validateRequest: a webhook signature, checked and refused.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const url = 'https://example.com/sms?x=1';
  const params = { Body: 'hi', From: '+15551234567' };
  const crypto = require('crypto');
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const sig = crypto.createHmac('sha1', 'token').update(Buffer.from(data, 'utf-8')).digest('base64');
  cb(null, { ok: twilio.validateRequest('token', sig, url, params), bad: twilio.validateRequest('token', 'nope', url, params), sig });
};
