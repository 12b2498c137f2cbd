// A 401 passed straight to cb, as hooks do.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/401')
    .then(() => cb(null, {}))
    .catch((e) => cb(e));
};
