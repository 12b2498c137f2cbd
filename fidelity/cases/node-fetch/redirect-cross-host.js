// A redirect to another host: is the Authorization kept?
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
  fetch('https://fidelity.test/redirect?to=' + encodeURIComponent('https://sms.8x8.com/api/v1/accounts/acc/balance'), { headers: { Authorization: 'Bearer secret' } }).then(async (r) => cb(null, { status: r.status, url: r.url, body: await r.json() })).catch(cb);
};
