// A method written in capitals is sent the same.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios({ method: 'POST', url: 'https://fidelity.test/echo', data: { up: true } })
    .then((r) => cb(null, { data: r.data, method: r.config.method }))
    .catch(cb);
};
