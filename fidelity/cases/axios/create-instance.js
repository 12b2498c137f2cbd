// axios.create: a callable instance with its own methods and defaults.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://fidelity.test', timeout: 61234, headers: { 'X-Instance': 'yes' } });
  const out = {
    callable: typeof api, get: typeof api.get, create: typeof api.create, interceptors: typeof api.interceptors,
    baseURL: api.defaults.baseURL, timeout: api.defaults.timeout, instanceHeader: api.defaults.headers['X-Instance'],
    accept: api.defaults.headers.common && api.defaults.headers.common.Accept,
    notShared: axios.defaults.baseURL === undefined,
  };
  api.get('/echo').then((r) => { out.data = r.data; cb(null, out); }).catch(cb);
};
