// paramsSerializer options: indexes true and null (1.x).
// fidelity: {"matrix": "axios", "versions": ["1.13.6"]}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  Promise.all([axios.get('https://fidelity.test/echo', { params: { a: [1, 2] }, paramsSerializer: { indexes: true } }), axios.get('https://fidelity.test/echo', { params: { a: [1, 2] }, paramsSerializer: { indexes: null } })]).then((rs) => cb(null, rs.map((r) => r.data.url))).catch(cb);
};
