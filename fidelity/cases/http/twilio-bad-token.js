// A wrong Twilio token through raw https: a 401 is an answer, not an
// error, and its JSON says why.
// fidelity: {"secrets": {"TWILIO_AUTH_TOKEN": "wrong-token"}, "faketwilio": {"auth_token": "right-token"}}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const form = require('querystring').stringify({ To: recipient, From: s.TWILIO_PHONE_NUMBER, Body: text });
  const req = require('https').request({
    host: 'api.twilio.com', path: '/2010-04-01/Accounts/' + s.TWILIO_ACCOUNT_SID + '/Messages.json', method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(s.TWILIO_ACCOUNT_SID + ':' + s.TWILIO_AUTH_TOKEN).toString('base64'), 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': form.length },
  }, (res) => {
    let data = '';
    res.on('data', (c) => { data += c; });
    res.on('end', () => cb(null, { status: res.statusCode, code: JSON.parse(data).code }));
  });
  req.on('error', (e) => cb(null, { error: e.message, code: e.code }));
  req.end(form);
};
