// The error for a 404: every field a hook reads.
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
  axios.get('https://fidelity.test/status/404')
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, Object.assign(seen(e), { isError: e instanceof Error, hasConfig: !!e.config, hasRequest: !!e.request, isAxiosErrorFn: typeof axios.isAxiosError === 'function' ? axios.isAxiosError(e) : 'none' })));
};
