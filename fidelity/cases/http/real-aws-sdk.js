// The real aws-sdk v2 (its NodeHttpClient on hookemu's https): the
// docs' Hook of aws-sdk/docs-hook.js with the installed package.
// The docs' Hook: AWS.config.update with the secrets, then publish the
// code with the SMS type through a callback.
// fidelity: {"real": true, "matrix": "aws-sdk", "fresh": true, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const AWS = require('aws-sdk@{version}');
  const s = context.webtask.secrets;
  AWS.config.update({ region: s.AWS_REGION, accessKeyId: s.AWS_ACCESS_KEY_ID, secretAccessKey: s.AWS_SECRET_ACCESS_KEY });
  const sns = new AWS.SNS({ apiVersion: '2010-03-31' });
  const params = {
    Message: text,
    PhoneNumber: recipient,
    MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
  };
  sns.publish(params, function (err, data) {
    if (err) return cb(err);
    cb(null, { data, retries: this.retryCount });
  });
};
