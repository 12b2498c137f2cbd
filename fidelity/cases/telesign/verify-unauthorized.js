// SMS Verify's refusal of an unknown customer id through axios: 401, the
// error in errors[] and a null reference_id.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.post('https://rest-ww.telesign.com/v1/verify/sms', 'phone_number=15558675309&template=hi',
    { auth: { username: 'undefined', password: 'a2V5' } })
    .then((r) => cb(null, { status: r.status }))
    .catch((e) => cb(null, { message: e.message, status: e.response.status, data: e.response.data }));
};
