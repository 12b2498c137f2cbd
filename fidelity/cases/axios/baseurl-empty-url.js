// An empty url with a baseURL requests the baseURL itself.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('', { baseURL: 'https://fidelity.test/echo?empty=1' })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
