// create with a callback as well as a promise.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const twilio = require('twilio@{version}');

  function msg(m) {
    return { sid: m.sid, status: m.status, to: m.to, from: m.from, body: m.body, accountSid: m.accountSid, numSegments: m.numSegments,
      numMedia: m.numMedia, direction: m.direction, apiVersion: m.apiVersion, dateCreated: m.dateCreated, dateSent: m.dateSent,
      dateIsDate: m.dateCreated instanceof Date, errorCode: m.errorCode, errorMessage: m.errorMessage, price: m.price, uri: m.uri,
      messagingServiceSid: m.messagingServiceSid, subresourceUris: m.subresourceUris };
  }
  const client = twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);
  const p = client.messages.create({ body: text, to: recipient, from: s.TWILIO_PHONE_NUMBER }, (err, m) => {
    cb(null, { err: err === null ? 'null' : err === undefined ? 'undefined' : err.message, msg: msg(m), promise: typeof p.then });
  });
};
