// responseType text on a JSON answer.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/json', { responseType: 'text' }).then((r) => cb(null, { data: r.data, type: typeof r.data })).catch(cb);
};
