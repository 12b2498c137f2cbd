const axios = require('axios');

exports.onExecuteSendPhoneMessage = async (event) => {
  await axios.post(`${event.secrets.BASE_URL}/sms`, {
    to: event.message_options.recipient,
    text: event.message_options.text,
    from: event.secrets.SENDER,
  }, { headers: { Authorization: `Bearer ${event.secrets.API_KEY}` } });
};
