// A redirect to another host: which headers (Authorization) survive.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/redirect?to=' + encodeURIComponent('https://sms.8x8.com/api/v1/accounts/acc/balance'), { headers: { Authorization: 'Bearer secret', 'X-Keep': 'k' } })
    .then((r) => cb(null, { status: r.status, data: r.data }))
    .catch((e) => cb(null, { message: e.message, status: e.response && e.response.status, data: e.response && e.response.data }));
};
