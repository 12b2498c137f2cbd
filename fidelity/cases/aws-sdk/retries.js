// An outage: SNS answers 500 to every try; the SDK retries three times
// (no waiting: retryDelayOptions.base 0) and then fails, retryable.
// fidelity: {"matrix": "aws-sdk", "fakesns": {"faults": [{"destination": "*", "status": 500}]}}
module.exports = function (recipient, text, context, cb) {
  const AWS = require('aws-sdk@{version}');
  const s = context.webtask.secrets;
  const sns = new AWS.SNS({ region: s.AWS_REGION, accessKeyId: s.AWS_ACCESS_KEY_ID, secretAccessKey: s.AWS_SECRET_ACCESS_KEY, retryDelayOptions: { base: 0 } });
  sns.publish({ Message: text, PhoneNumber: recipient }, function (err) {
    cb(null, { code: err.code, statusCode: err.statusCode, retryable: err.retryable, retries: this.retryCount, retryDelay: err.retryDelay, message: err.message });
  });
};
