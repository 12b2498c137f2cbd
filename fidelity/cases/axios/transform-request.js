// transformRequest decides the body.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', { a: 1 }, { transformRequest: [(data, headers) => { headers['X-Transformed'] = 'yes'; return 'a=' + data.a; }] })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
