// A lower-case content-type with an object body.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', { a: 'b' }, { headers: { 'content-type': 'application/vnd.api+json' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
