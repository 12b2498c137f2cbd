// What SNS's refusals look like: a number that is not E.164, a wrong
// secret, an unknown key (one after the other).
// fidelity: {"matrix": "aws-sdk"}
module.exports = function (recipient, text, context, cb) {
  const AWS = require('aws-sdk@{version}');
  const s = context.webtask.secrets;
  const shape = (e) => ({ name: e.name, code: e.code, message: e.message, statusCode: e.statusCode, retryable: e.retryable,
    requestId: typeof e.requestId, retryDelay: typeof e.retryDelay, time: e.time instanceof Date, keys: Object.keys(e) });
  const publish = (creds, number) => new AWS.SNS({ region: s.AWS_REGION, credentials: new AWS.Credentials(creds[0], creds[1]) })
    .publish({ Message: text, PhoneNumber: number }).promise().then(() => 'sent', shape);
  (async () => [
    await publish([s.AWS_ACCESS_KEY_ID, s.AWS_SECRET_ACCESS_KEY], '4155552345'),
    await publish([s.AWS_ACCESS_KEY_ID, 'not-the-secret'], recipient),
    await publish(['AKIAUNKNOWNKEY000000', s.AWS_SECRET_ACCESS_KEY], recipient),
  ])().then((r) => cb(null, r), cb);
};
