// Verify: verify.services(sid).verifications.create, as the Auth0 guide does.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.verify.services(s.TWILIO_VERIFY_SID).verifications.create({ to: recipient, channel: 'sms', customCode: context.code, locale: 'en' })
    .then((v) => cb(null, { sid: v.sid, serviceSid: v.serviceSid, accountSid: v.accountSid, to: v.to, channel: v.channel, status: v.status, valid: v.valid,
      lookup: v.lookup, amount: v.amount, payee: v.payee, sendCodeAttempts: v.sendCodeAttempts, dateCreated: v.dateCreated, url: v.url }))
    .catch(cb);
};
