// axios.request(config) with a PATCH.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.request({ url: 'https://fidelity.test/echo', method: 'patch', data: 'raw=1' })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
