// An object body with Content-Type application/x-www-form-urlencoded.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.post('https://fidelity.test/echo', { To: recipient, Body: text, n: 1 }, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }).then((r) => cb(null, r.data)).catch(cb);
};
