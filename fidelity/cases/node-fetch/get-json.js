// fetch(url).then(r => r.json()): ok, status and data.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/json').then(async (r) => cb(null, { ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, type: r.headers.get('content-type'), data: await r.json() })).catch(cb);
};
