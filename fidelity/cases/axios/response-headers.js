// Response headers: lower-case names, repeated ones, set-cookie as an array.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/headers').then((r) => cb(null, {
    custom: r.headers['x-custom-header'], upper: r.headers['X-Custom-Header'] === undefined ? 'undefined' : r.headers['X-Custom-Header'],
    cookies: r.headers['set-cookie'], repeated: r.headers['x-repeated'], date: r.headers.date, length: r.headers['content-length'],
  })).catch(cb);
};
