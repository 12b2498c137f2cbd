/**
 * Send the one-time password by SMS with TeleSign's SMS (Messaging) API,
 * as Auth0's guide "Configure TeleSign as MFA SMS Provider" does.
 *
 * Secrets: TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY, from the TeleSign
 * portal. (The guide's SMS code reads TELESIGN_REST_API_KEY, a secret its
 * own setup steps never create: with only TELESIGN_API_KEY set, that code
 * sends an empty key and TeleSign answers 401. This hook reads the secret
 * the guide tells you to create.)
 *
 * Enterprise accounts use https://rest-ww.telesign.com; standard
 * (self-service) accounts https://rest-api.telesign.com.
 */
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios').default;
  const querystring = require('querystring');

  const customerId = context.webtask.secrets.TELESIGN_CUSTOMER_ID;
  const apiKey = context.webtask.secrets.TELESIGN_API_KEY;

  const telesign = axios.create({
    baseURL: 'https://rest-ww.telesign.com',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
  });

  telesign({
    method: 'post',
    url: '/v1/messaging',
    auth: { username: customerId, password: apiKey },
    data: querystring.stringify({
      phone_number: recipient,
      message_type: 'ARN',
      message: text
    })
  })
    .then(function (response) {
      cb(null, {});
    })
    .catch(function (error) {
      cb(error);
    });
};
