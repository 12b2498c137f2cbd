// 8x8 refusing a missing API key: status and 8x8 error body.
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
  axios.post('https://sms.8x8.com/api/v1/subaccounts/sub/messages', { destination: recipient, text }, { headers: { Authorization: 'Bearer ' + context.webtask.secrets.missing } })
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, seen(e)));
};
