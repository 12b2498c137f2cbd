// An Action's bare require('twilio') gets the twilio-node Actions get.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const s = event.secrets;
  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const m = await client.messages.create({ body: event.message_options.text, to: event.message_options.recipient, from: s.TWILIO_PHONE_NUMBER });
  return { status: m.status, to: m.to, numSegments: m.numSegments, dateCreated: m.dateCreated };
};
