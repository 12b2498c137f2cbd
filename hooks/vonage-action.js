/**
 * Send the one-time password from an Action through the Vonage SMS API,
 * as hooks/vonage.js does, on @vonage/server-sdk (3.x, what an Action gets
 * when it adds the package without a version). sms.send rejects when a
 * message is refused, with the answer in the error's response.
 *
 * Secrets: VONAGE_API_KEY, VONAGE_API_SECRET and VONAGE_FROM_NUMBER.
 * Module: @vonage/server-sdk.
 */
const { Vonage } = require("@vonage/server-sdk");

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { VONAGE_API_KEY, VONAGE_API_SECRET, VONAGE_FROM_NUMBER } = event.secrets;
  const { recipient, text } = event.message_options;
  const vonage = new Vonage({ apiKey: VONAGE_API_KEY, apiSecret: VONAGE_API_SECRET });

  try {
    await vonage.sms.send({ to: recipient.replace(/\D/g, ""), from: VONAGE_FROM_NUMBER, text });
  } catch (err) {
    const failed = err.response && err.response.messages && err.response.messages[0];
    throw new Error(failed ? `Message failed: ${failed["error-text"]}` : err.message);
  }
};
