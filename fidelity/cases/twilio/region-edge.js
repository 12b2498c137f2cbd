// A region and an edge put both in the host.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN, { region: 'au1', edge: 'sydney' });
  client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER })
    .then((m) => cb(null, { status: m.status, region: client.region, edge: client.edge }))
    .catch(cb);
};
