// An Action that lets an axios 404 escape: what Auth0 records.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios');
  await axios.get('https://fidelity.test/status/404');
};
