// put, patch, del and head helpers.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  function seen(err, res, body) { return { err: err ? { name: err.name, message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, connect: err.connect } : null, status: res && res.statusCode, statusMessage: res && res.statusMessage, type: res && res.headers['content-type'], body }; }
  const out = [];
  const done = (name) => (err, res, body) => { out.push([name, seen(err, res, body)]); if (out.length === 4) cb(null, out.sort((a, b) => a[0] < b[0] ? -1 : 1)); };
  request.put('https://fidelity.test/echo', { body: 'put-body' }, done('put'));
  request.patch('https://fidelity.test/echo', { body: 'patch-body' }, done('patch'));
  request.del('https://fidelity.test/echo', done('del'));
  request.head('https://fidelity.test/json', done('head'));
};
