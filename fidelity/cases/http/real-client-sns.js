// The real @aws-sdk/client-sns (its node-http-handler on hookemu's https,
// its middleware stack, its signing): the Action of client-sns/publish.js
// with the installed package, the wrong-secret refusal as well.
// fidelity: {"real": true, "matrix": "@aws-sdk/client-sns", "fresh": true, "timeout": "60s"}
exports.onExecuteSendPhoneMessage = async (event) => {
  const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns@{version}');
  const s = event.secrets;
  const send = (secretAccessKey) => new SNSClient({
    region: s.AWS_REGION,
    credentials: { accessKeyId: s.AWS_ACCESS_KEY_ID, secretAccessKey },
  }).send(new PublishCommand({
    Message: event.message_options.text,
    PhoneNumber: event.message_options.recipient,
    MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
  })).then((out) => ({ messageId: out.MessageId, status: out.$metadata.httpStatusCode }),
    (e) => ({ name: e.name, message: e.message, fault: e.$fault, status: e.$metadata && e.$metadata.httpStatusCode }));
  return [await send(s.AWS_SECRET_ACCESS_KEY), await send('not-the-secret')];
};
