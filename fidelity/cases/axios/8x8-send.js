// An SMS through the fake 8x8 with an instance, as the 8x8 guide does.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://sms.8x8.com/api/v1/', headers: { Authorization: 'Bearer ' + context.webtask.secrets.apikey, Accept: 'application/json', 'Content-Type': 'application/json' } });
  api({ method: 'post', url: 'subaccounts/' + context.webtask.secrets.subaccount + '/messages', data: { encoding: 'AUTO', destination: recipient, text } })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch(cb);
};
