// What create returns: then, catch, and the Q promise extras of 3.x.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const p = client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER });
  const out = { then: typeof p.then, catch: typeof p.catch, finally: typeof p.finally, done: typeof p.done, fail: typeof p.fail, nodeify: typeof p.nodeify };
  p.then(() => cb(null, out), cb);
};
