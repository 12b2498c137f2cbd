const axios = require("axios");

const BASE_URL = "https://sms.8x8.com";
const SUBACCOUNTS = ["acme-otp"];

exports.onExecuteSendPhoneMessage = async (event, api) => {
  await axios.post(`${BASE_URL}/api/v1/subaccounts/${SUBACCOUNTS[0]}/messages`,
    { destination: event.message_options.recipient, text: event.message_options.text },
    { headers: { Authorization: `Bearer ${event.secrets.API_KEY}` } });
};
