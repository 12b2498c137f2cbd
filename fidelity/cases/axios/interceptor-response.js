// Response interceptors run in the order added and may replace the response.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create();
  const order = [];
  api.interceptors.response.use((r) => { order.push('first'); r.data.extra = 'first'; return r; });
  api.interceptors.response.use((r) => { order.push('second'); return { replaced: true, status: r.status, data: r.data }; });
  api.get('https://fidelity.test/json').then((r) => cb(null, { order, r })).catch(cb);
};
