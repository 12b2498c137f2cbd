module.exports = function (recipient, text, context, cb) {
  const axios = require("axios");
  axios.post("https://sms.8x8.com/api/v1/subaccounts/acme-otp/messages",
    { destination: recipient, text: text },
    { headers: { Authorization: "Bearer " + context.webtask.secrets.API_KEY } })
    .then(() => cb(null, {}), cb);
};
