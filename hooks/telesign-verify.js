/**
 * Send Auth0's message, code included, with TeleSign's SMS Verify API
 * (Enterprise plan), as Auth0's guide "Configure TeleSign as MFA SMS
 * Provider" does: Auth0's text goes as the template, so TeleSign sends it
 * as it is.
 *
 * Secrets: TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY, from the TeleSign
 * portal.
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
    url: '/v1/verify/sms',
    auth: { username: customerId, password: apiKey },
    data: querystring.stringify({
      phone_number: recipient,
      template: text
    })
  })
    .then(function (response) {
      cb(null, {});
    })
    .catch(function (error) {
      cb(error);
    });
};
