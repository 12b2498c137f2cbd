// A 404 resolves with ok false.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/status/404').then(async (r) => cb(null, { ok: r.ok, status: r.status, statusText: r.statusText, body: await r.text() })).catch(cb);
};
