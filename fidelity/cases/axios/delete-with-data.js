// delete with data in the config.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.delete('https://fidelity.test/echo', { data: { id: 1 } }).then((r) => cb(null, r.data)).catch(cb);
};
