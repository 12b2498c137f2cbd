// A redirect followed: redirected and url.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/redirect?to=/json').then((r) => cb(null, { status: r.status, redirected: r.redirected, url: r.url })).catch(cb);
};
