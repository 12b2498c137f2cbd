// The docs' Action: credentials in the SNS options, publish().promise().
// fidelity: {"matrix": "aws-sdk"}
exports.onExecuteSendPhoneMessage = async (event) => {
  const AWS = require('aws-sdk@{version}');
  const awsSNS = new AWS.SNS({
    apiVersion: '2010-03-31',
    region: event.secrets.AWS_REGION,
    credentials: new AWS.Credentials(event.secrets.AWS_ACCESS_KEY_ID, event.secrets.AWS_SECRET_ACCESS_KEY),
  });
  const out = await awsSNS.publish({ Message: event.message_options.text, PhoneNumber: event.message_options.recipient }).promise();
  return { out, keys: Object.keys(out), hasResponse: typeof out.$response };
};
