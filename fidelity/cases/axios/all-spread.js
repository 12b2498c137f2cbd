// axios.all and axios.spread.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.all([axios.get('https://fidelity.test/json'), axios.get('https://fidelity.test/text')])
    .then(axios.spread((a, b) => cb(null, { a: a.data, b: b.data })))
    .catch(cb);
};
