// An Action sending through Twilio's REST API with node:https: the auth
// option for Basic, a form body given to end(), the JSON answer.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const s = event.secrets;
  const form = require('querystring').stringify({ To: event.message_options.recipient, From: s.TWILIO_PHONE_NUMBER, Body: event.message_options.text });
  return await new Promise((resolve) => {
    const req = require('node:https').request('https://api.twilio.com/2010-04-01/Accounts/' + s.TWILIO_ACCOUNT_SID + '/Messages.json', {
      method: 'POST',
      auth: s.TWILIO_ACCOUNT_SID + ':' + s.TWILIO_AUTH_TOKEN,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        resolve({ status: res.statusCode, to: json.to, status_field: json.status, body: json.body });
      });
    });
    req.on('error', (e) => resolve({ error: e.message, code: e.code }));
    req.end(form);
  });
};
