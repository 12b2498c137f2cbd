// A request interceptor that throws: the request is never sent.
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
  const api = axios.create();
  api.interceptors.request.use(() => { throw new Error('interceptor says no'); });
  api.get('https://fidelity.test/echo').then((r) => cb(null, { sent: true })).catch((e) => cb(null, { message: e.message, name: e.name, isAxiosError: e.isAxiosError || false }));
};
