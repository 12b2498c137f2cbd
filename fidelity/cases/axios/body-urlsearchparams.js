// A URLSearchParams body is form-encoded.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const form = new URLSearchParams();
  form.append('To', recipient);
  form.append('Body', text);
  axios.post('https://fidelity.test/echo', form)
    .then((r) => cb(null, r.data))
    .catch(cb);
};
