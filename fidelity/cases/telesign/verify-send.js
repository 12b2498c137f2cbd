// A code through the fake TeleSign's SMS Verify API as Auth0's guide sends
// it (Auth0's text as the template), then its status read back with the
// code, through one axios instance.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const querystring = require('querystring');
  const secrets = context.webtask.secrets;
  const telesign = axios.create({
    baseURL: 'https://rest-ww.telesign.com',
    auth: { username: secrets.TELESIGN_CUSTOMER_ID, password: secrets.TELESIGN_API_KEY }
  });

  telesign.post('/v1/verify/sms', querystring.stringify({ phone_number: recipient, template: 'Code: $$CODE$$', verify_code: '4242' }))
    .then((sent) => telesign.get('/v1/verify/' + sent.data.reference_id, { params: { verify_code: '4242' } })
      .then((read) => cb(null, { sent: sent.data.status, read: read.data.verify, errors: read.data.errors })))
    .catch(cb);
};
