// A header Node keeps the first value of (Content-Type, Location) sent
// twice, beside Cookie (joined with "; ") and another (joined with ", ").
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/repeated').then((r) => cb(null, {
    type: r.headers['content-type'], location: r.headers.location, cookie: r.headers.cookie,
    repeated: r.headers['x-repeated'], data: r.data,
  })).catch(cb);
};
