/**
 * Send the one-time password through Infobip: an SMS, or a text-to-speech
 * call when Auth0 asks for a voice message, as Auth0's guide "Configure a
 * Custom Phone Messaging Provider for MFA using Infobip" does.
 *
 * Secret: API_KEY, an API key from the Infobip portal. (The guide's prose
 * asks for a secret named INFOBIP_API_KEY while its code reads API_KEY;
 * this hook keeps the code's name.) BASE_URL is the account's own base
 * URL, which the portal shows.
 */
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios').default;
  const API_KEY = context.webtask.secrets.API_KEY;
  const BASE_URL = 'https://2622w.api.infobip.com';

  const infobip = axios.create({
    baseURL: BASE_URL,
    headers: {
      'Authorization': 'App ' + API_KEY,
      'Accept': 'application/json',
      'Content-Type': 'application/json'
    }
  });

  let request;
  if (context.message_type === 'sms') {
    request = infobip({
      method: 'post',
      url: '/sms/2/text/advanced',
      data: {
        messages: [
          { destinations: [{ to: recipient }], text: text }
        ]
      }
    });
  } else {
    request = infobip({
      method: 'post',
      url: '/tts/3/single',
      data: { text: text, to: recipient }
    });
  }

  request
    .then(function () {
      cb(null, {});
    })
    .catch(function (error) {
      cb(error);
    });
};
