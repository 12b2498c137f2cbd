// An Action's bare require('axios') gets the axios Actions get (1.x): its
// User-Agent, headers and error shape for a 400 from 8x8.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios');
  const m = event.message_options;
  try {
    const r = await axios.post('https://sms.8x8.com/api/v1/subaccounts/' + event.secrets.subaccount + '/messages',
      { destination: m.recipient, text: m.text }, { headers: { Authorization: 'Bearer ' + event.secrets.apikey } });
    return { status: r.status, data: r.data, version: axios.VERSION };
  } catch (e) {
    return { name: e.name, code: e.code, status: e.response && e.response.status };
  }
};
