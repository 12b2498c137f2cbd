/**
 * Send the one-time password through the Vonage (formerly Nexmo) SMS API
 * with the nexmo package, as Auth0's guide "Configuring a Custom SMS
 * Provider for MFA using Vonage" does. The SMS API answers a refused
 * message with HTTP 200 and a status inside, so the hook reads the first
 * message's status itself.
 *
 * Secrets: VONAGE_API_KEY, VONAGE_API_SECRET and VONAGE_FROM_NUMBER (the
 * sender: a number of the account, or a name where the country allows
 * one). Module: nexmo.
 */
module.exports = function (toNumber, text, context, cb) {
  const Nexmo = require('nexmo');
  const nexmo = new Nexmo({
    apiKey: context.webtask.secrets.VONAGE_API_KEY,
    apiSecret: context.webtask.secrets.VONAGE_API_SECRET,
  });

  const fromNumber = context.webtask.secrets.VONAGE_FROM_NUMBER;
  // Vonage wants the number without its "+" or any separators.
  toNumber = toNumber.replace(/\D/g, '');

  nexmo.message.sendSms(fromNumber, toNumber, text, (err, responseData) => {
    if (err) {
      return cb(err);
    }

    const firstMsg = responseData.messages[0];
    if (firstMsg['status'] !== '0') {
      return cb(new Error('Message failed: ' + firstMsg['error-text']));
    }

    return cb(null, {});
  });
};
