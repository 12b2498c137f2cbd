// The checks sendSms makes before sending, with and without a callback,
// and the options object it fills in.
// fidelity: {"matrix": "nexmo"}
module.exports = function (recipient, text, context, cb) {
  const Nexmo = require('nexmo@{version}');
  const nexmo = new Nexmo({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' }, { appendToUserAgent: 'auth0-hook' });
  const out = {};
  try { nexmo.message.sendSms('Acme', '447700900000', '', () => {}); } catch (e) { out.noTextThrows = e.message; }
  nexmo.message.sendSms('', '447700900000', 'hi', (e) => { out.noSender = e.message; });
  nexmo.message.sendSms('Acme', '', 'hi', {}, (e) => { out.noRecipient = e.message; });
  try { Nexmo({}); } catch (e) { out.withoutNew = e instanceof TypeError; }
  const opts = { type: 'unicode', 'client-ref': 'otp-1' };
  nexmo.message.sendSms('Acme', '447700900000', 'Votre code est 123456 ✓', opts, (err, data) => {
    out.opts = opts;
    out.status = data.messages[0].status;
    out.count = data['message-count'];
    cb(null, out);
  });
};
