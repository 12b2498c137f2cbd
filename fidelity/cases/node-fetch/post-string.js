// A string body with no Content-Type.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/echo', { method: 'POST', body: 'hello' }).then((r) => r.json()).then((d) => cb(null, d)).catch(cb);
};
