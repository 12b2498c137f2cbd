// A Buffer body is sent as its bytes.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', Buffer.from('buffer body'), { headers: { 'Content-Type': 'application/octet-stream' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
