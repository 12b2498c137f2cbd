/**
 * Send the one-time password by SMS through Esendex's message dispatcher,
 * as Auth0's guide "Configure a Custom SMS Provider for MFA using Esendex"
 * does: a JSON body, Basic authentication with the Esendex login.
 *
 * Secrets: ESENDEX_ACCOUNT (the account reference, EX...),
 * ESENDEX_USERNAME and ESENDEX_PASSWORD.
 */
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios').default;
  const secrets = context.webtask.secrets;

  const esendex = axios.create({
    baseURL: 'https://api.esendex.com/',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Encoding': 'gzip, deflate, br',
      'Accept': 'application/json'
    }
  });

  esendex({
    method: 'post',
    url: '/v1.0/messagedispatcher',
    auth: {
      username: secrets.ESENDEX_USERNAME,
      password: secrets.ESENDEX_PASSWORD
    },
    data: JSON.stringify({
      accountreference: secrets.ESENDEX_ACCOUNT,
      messages: [{ to: recipient, body: text }]
    })
  })
    .then(function () {
      cb(null, {});
    })
    .catch(function (error) {
      cb(error);
    });
};
