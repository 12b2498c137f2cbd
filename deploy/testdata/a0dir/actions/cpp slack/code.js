const axios = require('axios');

exports.onExecuteCustomPhoneProvider = async (event, api) => {
  await axios.post(event.secrets.SLACK_WEBHOOK_URL, { text: `##ENV##: ${event.notification.as_text}` });
};
