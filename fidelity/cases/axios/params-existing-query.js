// params appended to a url that has a query, and one with a fragment.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  Promise.all([
    axios.get('https://fidelity.test/echo?a=1', { params: { b: 2 } }),
    axios.get('https://fidelity.test/echo#frag', { params: { c: 3 } }),
    axios.get('https://fidelity.test/echo?', { params: { d: 4 } }),
  ])
    .then((rs) => cb(null, rs.map((r) => r.data.url)))
    .catch(cb);
};
