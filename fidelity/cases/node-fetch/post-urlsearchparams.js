// A URLSearchParams body is form-encoded.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/echo', { method: 'POST', body: new URLSearchParams({ To: recipient, Body: text }) }).then((r) => r.json()).then((d) => cb(null, d)).catch(cb);
};
