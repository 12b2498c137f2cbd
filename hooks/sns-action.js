/**
 * Send the one-time password from an Action through Amazon SNS, as the
 * example of Auth0's send-phone-message trigger reference ("Use a custom
 * SMS provider") does: aws-sdk v2 with the credentials and region from the
 * Action's secrets, the text published straight to the phone number, and
 * the Action finishing when SNS has answered.
 *
 * Secrets: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION.
 * Module: aws-sdk.
 */
const AWS = require("aws-sdk");

exports.onExecuteSendPhoneMessage = async (event) => {
  const text = event.message_options.text;
  const recipient = event.message_options.recipient;

  const sns = new AWS.SNS({
    apiVersion: "2010-03-31",
    region: event.secrets.AWS_REGION,
    credentials: new AWS.Credentials(event.secrets.AWS_ACCESS_KEY_ID, event.secrets.AWS_SECRET_ACCESS_KEY),
  });

  return sns.publish({ Message: text, PhoneNumber: recipient }).promise();
};
