// A text/plain answer: data is the string.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/text').then((r) => cb(null, { data: r.data, type: typeof r.data, ct: r.headers['content-type'] })).catch(cb);
};
