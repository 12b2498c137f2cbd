// maxContentLength smaller than the answer.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/json', { maxContentLength: 5 })
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, { message: e.message, code: e.code === undefined ? 'undefined' : e.code, name: e.name }));
};
