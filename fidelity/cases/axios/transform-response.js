// transformResponse replaces the parsing.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/json', { transformResponse: [(data) => ({ raw: data, type: typeof data })] })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
