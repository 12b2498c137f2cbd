// A Content-Type set on a GET without data.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/echo', { headers: { 'Content-Type': 'application/json' } }).then((r) => cb(null, r.data)).catch(cb);
};
