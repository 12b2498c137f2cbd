// axios(url) alone is a GET.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios('https://fidelity.test/echo')
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
