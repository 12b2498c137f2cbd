// A 204 answer: data and status.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.delete('https://fidelity.test/empty').then((r) => cb(null, { status: r.status, data: r.data, type: typeof r.data })).catch(cb);
};
