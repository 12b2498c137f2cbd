/**
 * Send the one-time password from an Action with Twilio Programmable
 * SMS, or call the user and say it when Auth0 asks for a voice message,
 * as hooks/twilio-sms.js does, on twilio-node (5.x, what an Action gets
 * when it adds twilio without a version).
 *
 * Secrets: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER
 * (an SMS- and voice-capable number of the account, in E.164). Module:
 * twilio.
 */
const twilio = require("twilio");

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;
  const { recipient, text, message_type, code } = event.message_options;
  const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

  if (message_type === "voice") {
    // Read the code digit by digit, twice, so it can be typed while heard.
    const digits = code.split("").join(", ");
    const twiml = `<Response><Say>Your verification code is ${digits}. Again, your code is ${digits}.</Say></Response>`;
    await client.calls.create({ twiml, to: recipient, from: TWILIO_PHONE_NUMBER, timeout: 30 });
    return;
  }

  await client.messages.create({ body: text, to: recipient, from: TWILIO_PHONE_NUMBER });
};
