// Request interceptors run last-added first and may change the config.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://fidelity.test' });
  const order = [];
  api.interceptors.request.use((config) => { order.push('first'); config.headers['X-First'] = '1'; return config; });
  api.interceptors.request.use((config) => { order.push('second'); config.url = '/echo?rewritten=1'; return config; });
  api.get('/nowhere').then((r) => cb(null, { order, data: r.data })).catch(cb);
};
