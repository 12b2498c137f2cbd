// instance.create: a child inheriting the defaults of its parent (0.27+).
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const parent = axios.create({ baseURL: 'https://fidelity.test', headers: { 'X-Parent': 'p' } });
  if (typeof parent.create !== 'function') return cb(null, { create: 'none' });
  const child = parent.create({ headers: { 'X-Child': 'c' } });
  child.get('/echo?nested=1').then((r) => cb(null, { data: r.data, baseURL: child.defaults.baseURL === undefined ? 'undefined' : child.defaults.baseURL })).catch((e) => cb(null, { error: e.message }));
};
