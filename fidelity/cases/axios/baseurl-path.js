// A baseURL with a path keeps it; an absolute url ignores baseURL.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://fidelity.test/api/v1/' });
  Promise.all([
    api.get('/status/200').catch((e) => e.response),
    axios.get('https://fidelity.test/echo?abs=1', { baseURL: 'https://sms.8x8.com/api' }),
  ])
    .then((rs) => cb(null, rs.map((r) => r.data)))
    .catch(cb);
};
