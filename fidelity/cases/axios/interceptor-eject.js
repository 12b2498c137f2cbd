// An ejected interceptor no longer runs; eject returns nothing.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create();
  const id = api.interceptors.request.use((c) => { c.headers['X-Ejected'] = 'still here'; return c; });
  const kept = api.interceptors.request.use((c) => { c.headers['X-Kept'] = 'k'; return c; });
  const res = api.interceptors.request.eject(id);
  api.get('https://fidelity.test/echo').then((r) => cb(null, { ids: [typeof id, typeof kept, kept - id], ejectReturns: res === undefined ? 'undefined' : res, data: r.data })).catch(cb);
};
