// The real @vonage/server-sdk (node-fetch inside, on hookemu's http):
// vonage/errors.js with the installed package in place of the shim.
// vonage.sms.send's failures: a refused message, an HTTP error, missing
// credentials.
// fidelity: {"real": true, "matrix": "@vonage/server-sdk", "fakevonage": {"api_key": "abcd1234", "api_secret": "abcdef0123456789", "faults": [{"destination": "447700900099", "status": 503}]}, "timeout": "60s"}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const sdk = require('@vonage/server-sdk@{version}');
  const shape = (e) => ({ ctor: e.constructor.name, name: e.name, message: e.message, keys: Object.keys(e), isError: e instanceof Error,
    response: e.response && e.response.messages ? e.response : undefined, status: e.response && e.response.status,
    failed: e.getFailedMessages ? e.getFailedMessages() : undefined });
  const send = async (creds, to) => {
    try { return await new sdk.Vonage(creds).sms.send({ to, from: 'Acme', text: 'Your code is 123456' }); } catch (e) { return shape(e); }
  };
  return {
    wrongSecret: await send({ apiKey: 'abcd1234', apiSecret: 'wrong' }, '447700900000'),
    tooShort: await send({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' }, '12345'),
    outage: await send({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' }, '447700900099'),
    noKey: await send({ apiSecret: 'abcdef0123456789' }, '447700900000'),
    noSecret: await send({ apiKey: 'abcd1234' }, '447700900000'),
  };
};
