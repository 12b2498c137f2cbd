// params with arrays of objects and nested arrays.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/echo', { params: { list: [{ a: 1 }, { b: 2 }], deep: [[1, 2], [3]] } }).then((r) => cb(null, r.data.url)).catch(cb);
};
