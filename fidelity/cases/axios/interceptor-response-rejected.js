// A response onRejected interceptor can turn a 404 into a result.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create();
  api.interceptors.response.use(null, (e) => ({ recovered: true, status: e.response.status, message: e.message }));
  api.get('https://fidelity.test/status/404').then((r) => cb(null, r)).catch(cb);
};
