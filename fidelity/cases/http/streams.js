// Streams at both ends, as form-data and got use them: a Readable piped
// into the request (chunked, since no length is known), the answer run
// through stream.pipeline into a Writable.
module.exports = function (recipient, text, context, cb) {
  const https = require('https');
  const { Readable, Writable, pipeline } = require('stream');
  const req = https.request('https://fidelity.test/echo?piped=1', { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    const chunks = [];
    const sink = new Writable({ write(chunk, enc, done) { chunks.push(chunk); done(); } });
    pipeline(res, sink, (err) => {
      cb(null, { error: err ? err.message : null, status: res.statusCode, echo: JSON.parse(Buffer.concat(chunks)), readableEnded: res.readableEnded });
    });
  });
  req.on('error', (e) => cb(null, { requestError: e.message, code: e.code }));
  const events = [];
  req.on('pipe', () => events.push('pipe'));
  Readable.from(['part one, ', 'part two, ', Buffer.from('part three')]).pipe(req);
};
