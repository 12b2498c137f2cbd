// validateStatus accepting a 404 resolves with it.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/404', { validateStatus: (s) => s < 500 })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
