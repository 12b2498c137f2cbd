// The timeout option of node-fetch against a slow answer.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/slow?ms=5000', { timeout: 1000 }).then(() => cb(null, { resolved: true })).catch((e) => cb(null, { name: e.name, message: e.message, type: e.type }));
};
