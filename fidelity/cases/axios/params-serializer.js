// A paramsSerializer function decides the query.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const paramsSerializer = (p) => Object.keys(p).map((k) => k + '~' + p[k]).join(';');
  axios.get('https://fidelity.test/echo', { params: { a: 1, b: 2 }, paramsSerializer })
    .then((r) => cb(null, r.data.url))
    .catch((e) => cb(null, { error: e.message }));
};
