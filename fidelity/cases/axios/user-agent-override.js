// A User-Agent set by the hook replaces the one axios sends.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/echo', { headers: { 'user-agent': 'my-hook/2.0' } }).then((r) => cb(null, r.data)).catch(cb);
};
