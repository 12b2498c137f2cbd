// post, put and patch take (url, data, config).
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const url = 'https://fidelity.test/echo';
  Promise.all([
    axios.post(url, { verb: 'post' }, { headers: { 'X-Verb': 'post' } }),
    axios.put(url, { verb: 'put' }),
    axios.patch(url, { verb: 'patch' }),
  ])
    .then((rs) => cb(null, rs.map((r) => r.data)))
    .catch(cb);
};
