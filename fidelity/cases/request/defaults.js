// request.defaults: headers and baseUrl for every call.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  function seen(err, res, body) { return { err: err ? { name: err.name, message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, connect: err.connect } : null, status: res && res.statusCode, statusMessage: res && res.statusMessage, type: res && res.headers['content-type'], body }; }
  const r = request.defaults({ baseUrl: 'https://fidelity.test/', headers: { 'X-Default': 'd' }, json: true });
  r.post('/echo', { body: { a: 1 }, headers: { 'X-Call': 'c' } }, (err, res, body) => cb(null, seen(err, res, body)));
};
