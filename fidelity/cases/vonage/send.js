// vonage.sms.send in an Action: what it resolves with.
// fidelity: {"matrix": "@vonage/server-sdk"}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { Vonage } = require('@vonage/server-sdk@{version}');
  const vonage = new Vonage({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' });
  return vonage.sms.send({ to: '447700900000', from: 'Acme', text: event.message_options.text, clientRef: 'otp-1' });
};
