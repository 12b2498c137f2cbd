/**
 * Send the one-time password by SMS through 8x8, as the 8x8 Auth0
 * integration guide does.
 *
 * Secrets: apikey (8x8 API key, sent as a Bearer token) and subaccount
 * (the 8x8 SMS subaccount id).
 */
module.exports = function (recipient, text, context, cb) {
  const axios = require("axios").default,
    API_KEY = context.webtask.secrets.apikey,
    SUBACCOUNT = context.webtask.secrets.subaccount,
    BASE_URL = "https://sms.8x8.com/api/v1/";

  let instance = axios.create({
    baseURL: BASE_URL,
    headers: {
      "Authorization": `Bearer ${API_KEY}`,
      "Accept": "application/json",
      "Content-Type": "application/json"
    }
  });

  instance({
    method: "post",
    url: `subaccounts/${SUBACCOUNT}/messages`,
    data: {
      encoding: "AUTO",
      destination: recipient,
      text: text
    }
  })
    .then(function (response) {
      cb(null, {});
    })
    .catch(function (error) {
      cb(error);
    });
};
