const axios = require("axios");

exports.onExecuteCustomPhoneProvider = async (event, api) => {
  await axios.post("https://sms.8x8.com/api/v1/subaccounts/acme-otp/messages",
    { destination: event.notification.recipient, text: event.notification.as_text },
    { headers: { Authorization: `Bearer ${event.secrets.API_KEY}` } });
};
