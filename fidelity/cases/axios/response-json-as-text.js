// A text/plain answer whose body is JSON.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/jsontext').then((r) => cb(null, { data: r.data, type: typeof r.data })).catch(cb);
};
