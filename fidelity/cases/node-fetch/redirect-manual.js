// redirect: manual returns the redirect itself.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/redirect?to=/json', { redirect: 'manual' }).then((r) => cb(null, { status: r.status, location: r.headers.get('location') })).catch(cb);
};
