// A 307 keeps the method and body.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.post('https://fidelity.test/redirect?to=/echo%3Fafter%3D307&status=307', { keep: 'me' }).then((r) => cb(null, r.data)).catch(cb);
};
