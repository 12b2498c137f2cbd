// What the SDK refuses before sending: no region, a missing Message,
// unknown keys, a wrong type; the callback runs before publish returns.
// fidelity: {"matrix": "aws-sdk"}
module.exports = function (recipient, text, context, cb) {
  const AWS = require('aws-sdk@{version}');
  const s = context.webtask.secrets;
  const creds = { accessKeyId: s.AWS_ACCESS_KEY_ID, secretAccessKey: s.AWS_SECRET_ACCESS_KEY };
  const shape = (e) => ({ name: e.name, code: e.code, message: e.message, keys: Object.keys(e), errors: e.errors && e.errors.map((x) => x.message) });
  const out = [];
  new AWS.SNS(creds).publish({ Message: text, PhoneNumber: recipient }, (err, data) => out.push([shape(err), data]));
  const sns = new AWS.SNS(Object.assign({ region: s.AWS_REGION }, creds));
  sns.publish({ PhoneNumber: recipient }, (err) => out.push(shape(err)));
  sns.publish({ Message: text, Foo: 1, Bar: 2 }, (err) => out.push(shape(err)));
  sns.publish({ Message: 5, MessageAttributes: { a: { StringValue: 'x' } } }, (err) => out.push(shape(err)));
  out.push('returned');
  cb(null, out);
};
