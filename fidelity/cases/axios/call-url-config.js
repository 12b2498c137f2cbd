// axios(url, config): the url first, the rest in config.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios('https://fidelity.test/echo?x=1', { method: 'put', data: { b: [1, 2] } })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
