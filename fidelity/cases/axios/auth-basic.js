// auth: Basic credentials replace an Authorization header.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { auth: { username: 'user', password: 'pässword:x' }, headers: { Authorization: 'Bearer replaced' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
