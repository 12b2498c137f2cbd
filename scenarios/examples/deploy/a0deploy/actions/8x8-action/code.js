/**
 * Send the one-time password by SMS through 8x8 from an Action: the
 * request of the 8x8 Auth0 integration guide (hooks/8x8.js), on axios
 * 1.x, which an Action gets when it adds axios without a version.
 *
 * Secrets: apikey (8x8 API key, sent as a Bearer token) and subaccount
 * (the 8x8 SMS subaccount id). Module: axios.
 */
const axios = require("axios");

const BASE_URL = "https://sms.8x8.com/api/v1/";

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { apikey, subaccount } = event.secrets;
  const { recipient, text } = event.message_options;

  // A rejection (8x8 answering 4xx or 5xx) fails the message, as the
  // hook's cb(error) did.
  await axios.post(
    `subaccounts/${subaccount}/messages`,
    { encoding: "AUTO", destination: recipient, text: text },
    {
      baseURL: BASE_URL,
      headers: {
        "Authorization": `Bearer ${apikey}`,
        "Accept": "application/json",
        "Content-Type": "application/json"
      }
    }
  );
};
