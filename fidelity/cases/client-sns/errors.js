// What the v3 client rejects with: a modeled exception for a number that
// is not E.164, an SNSServiceException named after an unmodeled code for a
// wrong secret, and "Region is missing" (one after the other).
// fidelity: {"matrix": "@aws-sdk/client-sns"}
exports.onExecuteSendPhoneMessage = async (event) => {
  const sns = require('@aws-sdk/client-sns@{version}');
  const s = event.secrets;
  const shape = (e) => ({ name: e.name, ctor: e.constructor.name, message: e.message, fault: e.$fault, metadata: e.$metadata,
    code: e.Code, type: e.Type, error: e.Error, isService: e instanceof sns.SNSServiceException, keys: Object.keys(e) });
  const send = (config, number) => new sns.SNSClient(config)
    .send(new sns.PublishCommand({ Message: event.message_options.text, PhoneNumber: number })).then(() => 'sent', shape);
  const creds = { accessKeyId: s.AWS_ACCESS_KEY_ID, secretAccessKey: s.AWS_SECRET_ACCESS_KEY };
  return [
    await send({ region: s.AWS_REGION, credentials: creds }, '4155552345'),
    await send({ region: s.AWS_REGION, credentials: { ...creds, secretAccessKey: 'not-the-secret' } }, event.message_options.recipient),
    await send({ credentials: creds }, event.message_options.recipient),
  ];
};
