// The shapes request() takes: a URL string with options over it, a URL
// object, credentials in the URL, options alone with a raw header list,
// a Host of the hook's own, and get() with a callback only.
module.exports = function (recipient, text, context, cb) {
  const https = require('https');
  const send = (...args) => new Promise((resolve) => {
    const req = https.request(...args, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, echo: JSON.parse(Buffer.concat(chunks)) }));
    });
    req.on('error', (e) => resolve({ error: e.message, code: e.code }));
    req.end(args.length > 1 ? 'body' : undefined);
  });
  Promise.all([
    send('https://fidelity.test/echo?from=string', { method: 'POST', headers: { 'Content-Type': 'text/plain' } }),
    send(new URL('https://fidelity.test/echo?from=url'), { method: 'PUT' }),
    send('https://user:p%40ss@fidelity.test/echo?from=credentials', { method: 'PATCH' }),
    send({ hostname: 'fidelity.test', path: '/echo?from=raw', method: 'POST', headers: ['X-Raw', 'one', 'X-Raw', 'two', 'Content-Type', 'text/csv'] }),
    send({ hostname: 'fidelity.test', path: '/echo?from=host', method: 'DELETE', headers: { Host: 'fidelity.test' } }),
    new Promise((resolve) => https.get('https://fidelity.test/echo?from=get', (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); })),
  ]).then((all) => cb(null, all));
};
