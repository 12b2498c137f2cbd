// A timeout longer than the answer takes.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/slow?ms=50', { timeout: 60000 })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
