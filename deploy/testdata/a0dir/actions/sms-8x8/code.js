const axios = require('axios');

const BASE_URL = '##SMS_BASE_URL##';
const SUBACCOUNTS = @@SMS_SUBACCOUNTS@@;

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const subaccount = SUBACCOUNTS[0];
  await axios.post(`${BASE_URL}/api/v1/subaccounts/${subaccount}/messages`, {
    destination: event.message_options.recipient,
    text: event.message_options.text,
    source: event.secrets.SENDER,
  }, { headers: { Authorization: `Bearer ${event.secrets.API_KEY}` } });
};
