// A redirected POST is not followed by default.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request.post({ url: 'https://fidelity.test/redirect?to=/echo&status=302', body: 'x=1' }, (err, res, body) => cb(null, { err: err && err.message, status: res && res.statusCode, location: res && res.headers.location }));
};
