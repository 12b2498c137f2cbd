// json() on a body that does not parse.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/badjson').then((r) => r.json()).then(() => cb(null, { parsed: true })).catch((e) => cb(null, { name: e.name, type: e.type }));
};
