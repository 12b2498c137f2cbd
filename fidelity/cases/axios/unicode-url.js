// Non-ASCII characters in the path and the query.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/echo/é ü?q=ü&x=a b').then((r) => cb(null, r.data.url)).catch((e) => cb(null, { status: e.response && e.response.status, message: e.message }));
};
