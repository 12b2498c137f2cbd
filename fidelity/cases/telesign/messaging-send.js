// An SMS through the fake TeleSign's Messaging API, the way Auth0's guide
// sends it: a form body and Basic credentials from axios's auth option.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const querystring = require('querystring');
  const secrets = context.webtask.secrets;

  axios({
    method: 'post',
    url: 'https://rest-ww.telesign.com/v1/messaging',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    auth: { username: secrets.TELESIGN_CUSTOMER_ID, password: secrets.TELESIGN_API_KEY },
    data: querystring.stringify({ phone_number: recipient, message_type: 'ARN', message: text })
  })
    .then((r) => cb(null, { status: r.status, data: r.data, type: r.headers['content-type'] }))
    .catch(cb);
};
