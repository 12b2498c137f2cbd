// A Bearer token in the headers, as the 8x8 guide does.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.post('https://sms.8x8.com/api/v1/subaccounts/' + context.webtask.secrets.subaccount + '/messages',
    { destination: recipient, text, encoding: 'AUTO' },
    { headers: { Authorization: 'Bearer ' + context.webtask.secrets.apikey } })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
