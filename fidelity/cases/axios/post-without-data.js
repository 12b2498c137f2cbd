// A POST with no data at all.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.post('https://fidelity.test/echo').then((r) => cb(null, r.data)).catch(cb);
};
