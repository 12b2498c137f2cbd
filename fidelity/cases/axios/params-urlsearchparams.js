// params given as URLSearchParams.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { params: new URLSearchParams({ a: '1', b: 'two words' }) })
    .then((r) => cb(null, r.data.url))
    .catch(cb);
};
