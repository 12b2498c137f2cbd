// An application/json answer that does not parse.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/badjson').then((r) => cb(null, { data: r.data, type: typeof r.data })).catch((e) => cb(null, { name: e.name, message: e.message, code: e.code }));
};
