// A request interceptor rejecting with a value; the next onRejected sees it.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create();
  const seenBy = [];
  api.interceptors.request.use((c) => c, (e) => { seenBy.push('first:' + e); return Promise.reject(e); });
  api.interceptors.request.use(() => Promise.reject('nope'));
  api.get('https://fidelity.test/echo').then(() => cb(null, { sent: true })).catch((e) => cb(null, { rejected: e, seenBy }));
};
