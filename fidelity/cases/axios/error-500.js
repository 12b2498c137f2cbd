// The error for a 500 with a text body.
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
  axios.post('https://fidelity.test/status/500?text=1', { a: 1 })
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, seen(e)));
};
