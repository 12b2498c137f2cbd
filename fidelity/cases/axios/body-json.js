// An object body is JSON with its Content-Type and Content-Length.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', { to: recipient, text, nested: { list: [1, null, 'x'] }, n: 1.5 })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
