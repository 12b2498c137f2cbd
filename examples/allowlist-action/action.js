/**
 * Send the one-time password by SMS through 8x8 only to the countries the
 * tenant serves, and refuse every other recipient before anything is
 * sent: the real awesome-phonenumber package (npm install, beside this
 * file) tells the country of the number, and formats it in E.164.
 *
 * Secrets: apikey (8x8 API key, sent as a Bearer token) and subaccount
 * (the 8x8 SMS subaccount id). Modules: awesome-phonenumber, axios.
 *
 *   cd examples/allowlist-action && npm ci
 *   hookemu run action.js --recipient +46707123456 --secret apikey=k --secret subaccount=s   # sent
 *   hookemu run action.js --recipient +79123456789   # refused
 */
const { parsePhoneNumber } = require("awesome-phonenumber");
const axios = require("axios");

const ALLOWED_REGIONS = ["US", "CA", "SE", "NO", "DK", "FI"];

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { apikey, subaccount } = event.secrets;
  const { recipient, text } = event.message_options;

  const phone = parsePhoneNumber(recipient);
  if (!phone.valid) {
    throw new Error(`refused: ${recipient} is not a valid phone number (${phone.possibility})`);
  }
  if (!ALLOWED_REGIONS.includes(phone.regionCode)) {
    throw new Error(`refused: numbers of ${phone.regionCode} are not served`);
  }

  const answer = await axios.post(
    `https://sms.8x8.com/api/v1/subaccounts/${subaccount}/messages`,
    { encoding: "AUTO", destination: phone.number.e164, text: text },
    { headers: { "Authorization": `Bearer ${apikey}`, "Content-Type": "application/json" } }
  );
  return { region: phone.regionCode, type: phone.type, status: answer.status, umid: answer.data.umid };
};
