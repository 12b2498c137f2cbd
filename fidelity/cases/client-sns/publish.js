// An Action with the v3 client: SNSClient, PublishCommand, send().
// fidelity: {"matrix": "@aws-sdk/client-sns"}
exports.onExecuteSendPhoneMessage = async (event) => {
  const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns@{version}');
  const client = new SNSClient({
    region: event.secrets.AWS_REGION,
    credentials: { accessKeyId: event.secrets.AWS_ACCESS_KEY_ID, secretAccessKey: event.secrets.AWS_SECRET_ACCESS_KEY },
  });
  const out = await client.send(new PublishCommand({
    Message: event.message_options.text,
    PhoneNumber: event.message_options.recipient,
    MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
  }));
  return out;
};
