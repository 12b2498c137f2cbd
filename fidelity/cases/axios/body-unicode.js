// A body with non-ASCII text: Content-Length counts bytes.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', { text: 'Ваш код: 123 — ✓ 😀' })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
