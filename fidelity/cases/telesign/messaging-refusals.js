// What TeleSign's Messaging refusals look like through axios: an unusable
// number (400, status.code 11000) and a key of another account (401,
// 10022), read from error.response.
// fidelity: {"matrix": "axios", "faketelesign": {"api_key": "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw=="}}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const querystring = require('querystring');
  const secrets = context.webtask.secrets;
  const send = (phone, key) => axios.post('https://rest-ww.telesign.com/v1/messaging',
    querystring.stringify({ phone_number: phone, message_type: 'OTP', message: text }),
    { auth: { username: secrets.TELESIGN_CUSTOMER_ID, password: key } })
    .then((r) => ({ status: r.status }))
    .catch((e) => ({ message: e.message, status: e.response.status, code: e.response.data.status.code, description: e.response.data.status.description }));

  Promise.all([send('555-0100', secrets.TELESIGN_API_KEY), send(recipient, 'd3Jvbmc=')])
    .then((seen) => cb(null, seen));
};
