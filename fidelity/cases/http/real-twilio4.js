// The real twilio 4.23.0 (axios 1.x inside, whose http adapter uses for
// await, lowered by hookemu; on hookemu's http and https): an SMS sent,
// and one to a number Twilio refuses.
// fidelity: {"real": true, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const client = require('twilio@4.23.0')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const send = (to) => client.messages.create({ to, from: s.TWILIO_PHONE_NUMBER, body: text })
    .then((m) => ({ to: m.to, status: m.status, direction: m.direction }), (e) => ({ error: e.message, code: e.code, status: e.status }));
  Promise.all([send(recipient), send('12345')]).then((all) => cb(null, all));
};
