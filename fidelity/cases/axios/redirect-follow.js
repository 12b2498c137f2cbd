// A redirect is followed: the final answer and method.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/redirect?to=/echo%3Fafter%3D1&status=302', { a: 1 }).then((r) => cb(null, { status: r.status, data: r.data })).catch(cb);
};
