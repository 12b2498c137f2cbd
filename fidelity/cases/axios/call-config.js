// axios(config): method, url and data in one object.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios({ method: 'post', url: 'https://fidelity.test/echo', data: { a: 1 } })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
