// The response object: its keys and config fields.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/json?x=1').then((r) => cb(null, {
    keys: Object.keys(r).sort(), method: r.config.method, url: r.config.url, timeout: r.config.timeout,
    accept: r.config.headers.Accept, statusText: r.statusText, requestType: typeof r.request,
  })).catch(cb);
};
