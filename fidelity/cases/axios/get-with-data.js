// A GET given data still sends it as the body.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios({ method: 'get', url: 'https://fidelity.test/echo', data: { q: 1 } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
