// 8x8 refusing a national number: 400 code 1002.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  function seen(e) {
    return {
      name: e.name, message: e.message, code: e.code, isAxiosError: e.isAxiosError,
      status: e.response ? e.response.status : 'no response', data: e.response ? e.response.data : 'no response',
      statusText: e.response ? e.response.statusText : 'no response',
      keys: typeof e.toJSON === 'function' ? Object.keys(e.toJSON()) : 'no toJSON',
    };
  }
  axios.post('https://sms.8x8.com/api/v1/subaccounts/sub/messages', { destination: '1-808-555-5555', text }, { headers: { Authorization: 'Bearer key' } })
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, seen(e)));
};
