// Header values that are null, undefined, numbers or booleans.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { headers: { 'X-Null': null, 'X-Undefined': undefined, 'X-Number': 42, 'X-Bool': false } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
