module.exports = function (recipient, text, context, cb) {
  const AWS = require('aws-sdk');
  const sns = new AWS.SNS({ region: '##AWS_REGION##' });
  sns.publish({ PhoneNumber: recipient, Message: text }, (err) => cb(err, {}));
};
