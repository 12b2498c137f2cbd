// A 5xx is the package's {message: 'Server Error'} object, not an Error.
// fidelity: {"matrix": "nexmo", "fakevonage": {"faults": [{"destination": "*", "status": 503}]}}
module.exports = function (recipient, text, context, cb) {
  const Nexmo = require('nexmo@{version}');
  new Nexmo({ apiKey: 'abcd1234', apiSecret: 'abcdef0123456789' }).message.sendSms('Acme', '447700900000', text, (err, data) => {
    cb(null, { isError: err instanceof Error, message: err.message, statusCode: err.statusCode, keys: Object.keys(err), data });
  });
};
