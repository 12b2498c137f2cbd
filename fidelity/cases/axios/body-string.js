// A string body is sent as is, with the default Content-Type.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://fidelity.test/echo', 'plain=string&x=1')
    .then((r) => cb(null, r.data))
    .catch(cb);
};
