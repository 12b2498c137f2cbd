// An outage: SNS answers 500; the v3 client makes three attempts with one
// invocation id and rejects with InternalErrorException... or the
// generic exception the fake's answer names.
// fidelity: {"matrix": "@aws-sdk/client-sns", "fakesns": {"faults": [{"destination": "*", "status": 500}]}}
exports.onExecuteSendPhoneMessage = async (event) => {
  const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns@{version}');
  const client = new SNSClient({ region: event.secrets.AWS_REGION,
    credentials: { accessKeyId: event.secrets.AWS_ACCESS_KEY_ID, secretAccessKey: event.secrets.AWS_SECRET_ACCESS_KEY } });
  try {
    await client.send(new PublishCommand({ Message: event.message_options.text, PhoneNumber: event.message_options.recipient }));
    return 'sent';
  } catch (e) {
    return { name: e.name, fault: e.$fault, status: e.$metadata.httpStatusCode, attempts: e.$metadata.attempts, message: e.message };
  }
};
