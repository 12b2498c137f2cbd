/**
 * Send the one-time password with Twilio Programmable SMS, or call the
 * user and say it when Auth0 asks for a voice message, as Auth0's guide
 * "Configure Twilio as MFA SMS Provider" does.
 *
 * Secrets: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER
 * (an SMS- and voice-capable number of the account, in E.164).
 */
module.exports = function (recipient, text, context, cb) {
  const accountSid = context.webtask.secrets.TWILIO_ACCOUNT_SID;
  const authToken = context.webtask.secrets.TWILIO_AUTH_TOKEN;
  const fromNumber = context.webtask.secrets.TWILIO_PHONE_NUMBER;

  const client = require('twilio')(accountSid, authToken);

  if (context.message_type === 'voice') {
    // Read the code digit by digit, twice, so it can be typed while heard.
    const digits = context.code.split('').join(', ');
    const twiml = '<Response><Say>Your verification code is ' + digits +
      '. Again, your code is ' + digits + '.</Say></Response>';
    client.calls
      .create({ twiml: twiml, to: recipient, from: fromNumber, timeout: 30 })
      .then(function () { cb(null, {}); })
      .catch(function (err) { cb(err); });
    return;
  }

  client.messages
    .create({ body: text, to: recipient, from: fromNumber })
    .then(function () { cb(null, {}); })
    .catch(function (err) { cb(err); });
};
