// config.headers in a request interceptor: set, read, delete.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const api = axios.create();
  api.interceptors.request.use((c) => { c.headers['X-Set'] = 's'; delete c.headers['User-Agent']; return c; });
  api.get('https://fidelity.test/echo', { headers: { 'User-Agent': 'mine/1.0' } }).then((r) => cb(null, r.data)).catch(cb);
};
