// A body written in pieces without a Content-Length goes chunked; the
// server sees it whole. Headers set after creation are sent.
module.exports = function (recipient, text, context, cb) {
  const req = require('https').request('https://fidelity.test/echo?x=1', { method: 'PUT' }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => cb(null, { status: res.statusCode, echo: JSON.parse(Buffer.concat(chunks)) }));
  });
  req.setHeader('Content-Type', 'text/plain');
  req.setHeader('X-Pieces', ['a', 'b']);
  req.write('one,');
  req.write(Buffer.from('two,'));
  req.end('three', 'utf8');
};
