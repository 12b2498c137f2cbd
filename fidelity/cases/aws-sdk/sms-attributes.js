// The account's SMS settings: setSMSAttributes, then getSMSAttributes.
// fidelity: {"matrix": "aws-sdk"}
exports.onExecuteSendPhoneMessage = async (event) => {
  const AWS = require('aws-sdk@{version}');
  const sns = new AWS.SNS({ region: event.secrets.AWS_REGION,
    credentials: new AWS.Credentials(event.secrets.AWS_ACCESS_KEY_ID, event.secrets.AWS_SECRET_ACCESS_KEY) });
  const set = await sns.setSMSAttributes({ attributes: { DefaultSMSType: 'Transactional', DefaultSenderID: 'Acme' } }).promise();
  const get = await sns.getSMSAttributes({ attributes: ['DefaultSMSType', 'DefaultSenderID'] }).promise();
  return { set, get };
};
