// An object body with an explicit text/plain Content-Type.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', { a: 1 }, { headers: { 'Content-Type': 'text/plain' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
