// A POST with a JSON string body and its Content-Type.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/echo', { method: 'POST', body: JSON.stringify({ to: recipient }), headers: { 'Content-Type': 'application/json' } }).then((r) => r.json()).then((d) => cb(null, d)).catch(cb);
};
