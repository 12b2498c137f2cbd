// Changing instance.defaults after create applies to later requests.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://fidelity.test' });
  api.defaults.headers.common['X-Late'] = 'late';
  api.defaults.headers.post['X-Post-Only'] = 'p';
  api.defaults.timeout = 65000;
  Promise.all([api.get('/echo?m=get'), api.post('/echo?m=post', { a: 1 })])
    .then((rs) => cb(null, rs.map((r) => ({ data: r.data, timeout: r.config.timeout }))))
    .catch(cb);
};
