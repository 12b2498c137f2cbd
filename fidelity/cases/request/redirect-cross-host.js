// A redirect to another host: is the Authorization kept?
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request({ url: 'https://fidelity.test/redirect?to=' + encodeURIComponent('https://sms.8x8.com/api/v1/accounts/acc/balance'), headers: { Authorization: 'Bearer secret' } }, (err, res, body) => cb(null, { err: err && err.message, status: res && res.statusCode, body }));
};
