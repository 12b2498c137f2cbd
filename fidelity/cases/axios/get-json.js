// A GET of JSON: data, status, statusText and the response headers.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/json')
    .then((r) => cb(null, { data: r.data, status: r.status, statusText: r.statusText, type: r.headers['content-type'] }))
    .catch(cb);
};
