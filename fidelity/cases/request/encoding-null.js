// encoding: null gives the body as a Buffer.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  function seen(err, res, body) { return { err: err ? { name: err.name, message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, connect: err.connect } : null, status: res && res.statusCode, statusMessage: res && res.statusMessage, type: res && res.headers['content-type'], body }; }
  request({ url: 'https://fidelity.test/text', encoding: null }, (err, res, body) => cb(null, { isBuffer: Buffer.isBuffer(body), text: body.toString('utf8') }));
};
