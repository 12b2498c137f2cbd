// Changing axios.defaults changes what every later request sends.
// fidelity: {"matrix": "axios", "fresh": true}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.defaults.headers.common['X-Global'] = 'g';
  axios.defaults.headers.put['X-Put'] = 'put';
  axios.put('https://fidelity.test/echo', { a: 1 })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
