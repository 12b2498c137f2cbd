// get, delete, head and options: status and data of each.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const url = 'https://fidelity.test/echo';
  Promise.all([axios.get(url), axios.delete(url), axios.head(url), axios.options(url)])
    .then((rs) => cb(null, rs.map((r) => ({ status: r.status, data: r.data, method: r.config.method }))))
    .catch(cb);
};
