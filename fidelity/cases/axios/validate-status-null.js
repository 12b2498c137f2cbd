// validateStatus null accepts a 500.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/500', { validateStatus: null })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch((e) => cb(null, { rejected: e.message }));
};
