// The real nexmo (its own https requests) run by hookemu as by Node:
// nexmo/refusals.js with the installed package in place of the shim.
// A refused message reaches the callback as a success: the SMS API
// answers 200 with the status inside, which nexmo does not read.
// fidelity: {"real": true, "matrix": "nexmo", "fakevonage": {"api_key": "abcd1234", "api_secret": "abcdef0123456789", "whitelist": ["447700900000"]}, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const Nexmo = require('nexmo@{version}');
  const send = (secret, to) => new Promise((resolve) =>
    new Nexmo({ apiKey: 'abcd1234', apiSecret: secret }).message.sendSms('Acme', to, 'Your code is 123456', (err, data) => resolve({ err, data })));
  (async () => ({
    wrongSecret: await send('wrong', '447700900000'),
    tooShort: await send('abcdef0123456789', '12345'),
    notWhitelisted: await send('abcdef0123456789', '6512345678'),
  }))().then((out) => cb(null, out));
};
