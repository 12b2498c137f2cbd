// An 8x8 SMS sent with node-fetch.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
const s = context.webtask.secrets;
  fetch('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages', { method: 'POST', headers: { Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json' }, body: JSON.stringify({ destination: recipient, text }) }).then(async (r) => cb(null, { status: r.status, data: await r.json() })).catch(cb);
};
