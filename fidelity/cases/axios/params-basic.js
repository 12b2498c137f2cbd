// params: null and undefined skipped, spaces and symbols encoded.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { params: { a: 1, b: 'x y', c: null, d: undefined, e: '', f: true, g: 'a+b&c=d' } })
    .then((r) => cb(null, r.data.url))
    .catch(cb);
};
