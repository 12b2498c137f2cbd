// auth bearer: a Bearer token.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  function seen(err, res, body) { return { err: err ? { name: err.name, message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, connect: err.connect } : null, status: res && res.statusCode, statusMessage: res && res.statusMessage, type: res && res.headers['content-type'], body }; }
  request({ url: 'https://fidelity.test/echo', auth: { bearer: 'tok' } }, (err, res, body) => cb(null, seen(err, res, body)));
};
