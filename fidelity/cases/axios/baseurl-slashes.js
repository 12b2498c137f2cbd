// baseURL and url joined with and without slashes on either side.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const pairs = [['https://fidelity.test', 'echo'], ['https://fidelity.test/', '/echo'], ['https://fidelity.test//', 'echo?double=1'], ['https://fidelity.test/', 'echo?x=1']];
  Promise.all(pairs.map(([b, u]) => axios.get(u, { baseURL: b }).then((r) => r.data.url, (e) => 'error: ' + e.message)))
    .then((urls) => cb(null, urls))
    .catch(cb);
};
