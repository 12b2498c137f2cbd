/**
 * Send the one-time password by SMS through Amazon SNS, as Auth0's guide
 * "Configure Amazon SNS as MFA SMS Provider" does: the hook's secrets are
 * copied into process.env, where the AWS SDK for JavaScript (v2) looks for
 * credentials and a region, and the text is published straight to the
 * recipient's phone number.
 *
 * Secrets: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (an IAM user that
 * may call sns:Publish) and AWS_REGION (a region SNS sends SMS from).
 */
var AWS = require("aws-sdk");

module.exports = function (recipient, text, context, cb) {
  process.env.AWS_ACCESS_KEY_ID = context.webtask.secrets.AWS_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = context.webtask.secrets.AWS_SECRET_ACCESS_KEY;
  process.env.AWS_REGION = context.webtask.secrets.AWS_REGION;

  var params = { Message: text, PhoneNumber: recipient };

  new AWS.SNS({ apiVersion: "2010-03-31" })
    .publish(params)
    .promise()
    .then(function () {
      cb(null, {});
    })
    .catch(function (err) {
      cb(err);
    });
};
