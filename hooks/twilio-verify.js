/**
 * Send Auth0's one-time password through Twilio Verify as a custom code,
 * as Auth0's guide does for the Verify API. The Verify service must allow
 * custom codes.
 *
 * Secrets: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_VERIFY_SID (the
 * Verify service, VA...).
 */
module.exports = function (recipient, text, context, cb) {
  const accountSid = context.webtask.secrets.TWILIO_ACCOUNT_SID;
  const authToken = context.webtask.secrets.TWILIO_AUTH_TOKEN;
  const verifySid = context.webtask.secrets.TWILIO_VERIFY_SID;

  const client = require('twilio')(accountSid, authToken);

  client.verify
    .services(verifySid)
    .verifications.create({ to: recipient, channel: 'sms', customCode: context.code })
    .then(function () { cb(null, {}); })
    .catch(function (err) { cb(err); });
};
