// Call config merged over instance defaults: params, headers and auth.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ params: { a: 'instance' }, auth: { username: 'i', password: 'i' }, headers: { 'X-I': 'i' } });
  api.get('https://fidelity.test/echo', { params: { b: 'call' }, auth: { username: 'c', password: 'c' } })
    .then((r) => cb(null, { data: r.data, params: r.config.params }))
    .catch(cb);
};
