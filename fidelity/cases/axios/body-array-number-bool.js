// Arrays, numbers and booleans as bodies.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  Promise.all([axios.post('https://fidelity.test/echo?b=array', [1, 'two']), axios.post('https://fidelity.test/echo?b=number', 42), axios.post('https://fidelity.test/echo?b=bool', true)])
    .then((rs) => cb(null, rs.map((r) => r.data)))
    .catch((e) => cb(null, { error: e.message }));
};
