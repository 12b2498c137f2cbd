// maxRedirects 0: the redirect itself is the answer, and an error.
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
  axios.get('https://fidelity.test/redirect?to=/json', { maxRedirects: 0 })
    .then((r) => cb(null, { status: r.status, location: r.headers.location }))
    .catch((e) => cb(null, Object.assign(seen(e), { location: e.response && e.response.headers.location })));
};
