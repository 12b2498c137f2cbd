// sendSms as Auth0's guide calls it: what the callback gets for an
// accepted message.
// fidelity: {"matrix": "nexmo"}
module.exports = function (recipient, text, context, cb) {
  const Nexmo = require('nexmo@{version}');
  const nexmo = new Nexmo({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' });
  nexmo.message.sendSms('Acme', recipient.replace(/\D/g, ''), text, (err, data) => cb(null, { err, data }));
};
