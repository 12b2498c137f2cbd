// A Twilio message sent with axios and a URLSearchParams body, as some guides do.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const s = context.webtask.secrets;
  const body = new URLSearchParams({ To: recipient, From: s.TWILIO_PHONE_NUMBER, Body: text });
  axios.post('https://api.twilio.com/2010-04-01/Accounts/' + s.TWILIO_ACCOUNT_SID + '/Messages.json', body.toString(), { auth: { username: s.TWILIO_ACCOUNT_SID, password: s.TWILIO_AUTH_TOKEN } })
    .then((r) => cb(null, { status: r.status, state: r.data.status, to: r.data.to }))
    .catch((e) => cb(null, { message: e.message, data: e.response && e.response.data }));
};
