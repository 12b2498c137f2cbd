const axios = require("axios");

exports.onExecuteSendPhoneMessage = async (event, api) => {
  await axios.post("https://sms.8x8.com/api/v1/subaccounts/acme-otp/messages",
    { destination: event.message_options.recipient, text: event.message_options.text },
    { headers: { Authorization: `Bearer ${event.secrets.API_KEY}` } });
};
