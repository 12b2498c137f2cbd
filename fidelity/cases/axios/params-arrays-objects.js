// params: arrays as key[], objects as JSON, Dates as ISO.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { params: { ids: [1, 2, 3], o: { x: 1, y: [2] }, d: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)) } })
    .then((r) => cb(null, r.data.url))
    .catch(cb);
};
