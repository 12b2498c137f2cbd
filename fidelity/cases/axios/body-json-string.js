// A string body that is JSON, with Content-Type application/json.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', JSON.stringify({ a: 1 }), { headers: { 'Content-Type': 'application/json' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
