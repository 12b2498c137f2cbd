// A closed port: connect ECONNREFUSED, with Node's errno, syscall, address
// and port, the events a request goes through on the way.
module.exports = function (recipient, text, context, cb) {
  const events = [];
  const req = require('http').request({ host: '127.0.0.1', port: 1, path: '/x', method: 'POST' });
  ['socket', 'abort', 'response', 'timeout'].forEach((e) => req.on(e, () => events.push(e)));
  req.on('error', (e) => {
    events.push('error');
    req.on('close', () => cb(null, { events: events.concat('close'), message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, address: e.address, port: e.port, keys: Object.keys(e) }));
  });
  req.end('payload');
};
