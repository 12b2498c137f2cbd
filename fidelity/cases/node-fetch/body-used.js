// Reading a body twice.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/json').then(async (r) => { await r.text(); try { await r.json(); cb(null, { twice: true }); } catch (e) { cb(null, { name: e.name, message: e.message, bodyUsed: r.bodyUsed }); } }).catch(cb);
};
