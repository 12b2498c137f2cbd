// The RestException a hook catches is the class the module exports (5.9+).
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  client.messages.create({ body: text, to: '12', from: s.TWILIO_PHONE_NUMBER })
    .then(() => cb(null, { sent: true }))
    .catch((e) => cb(null, {
      exported: typeof twilio.RestException,
      instance: typeof twilio.RestException === 'function' ? e instanceof twilio.RestException : 'n/a',
      constructorName: e.constructor.name, keys: Object.keys(e).sort(),
    }));
};
