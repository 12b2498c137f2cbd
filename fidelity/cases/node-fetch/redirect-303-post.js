// A 303 after a POST turns it into a GET without body.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
  fetch('https://fidelity.test/redirect?to=/echo&status=303', { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }).then((r) => r.json()).then((d) => cb(null, d)).catch(cb);
};
