// An Action that lets a RestException escape: name, message, code, status.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const s = event.secrets;
  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  await client.messages.create({ body: event.message_options.text, to: '12', from: s.TWILIO_PHONE_NUMBER });
};
