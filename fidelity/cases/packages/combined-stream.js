// combined-stream 1.0.8: strings, Buffers, a stream and a function that
// supplies one, joined in order through its legacy pipe, with pause and
// resume of the parts.
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const CombinedStream = require('combined-stream@1.0.8');
  const { PassThrough, Writable } = require('stream');
  const combined = CombinedStream.create({ pauseStreams: true });
  combined.append('first,');
  combined.append(Buffer.from('second,'));
  const part = new PassThrough();
  combined.append(part);
  combined.append((next) => { const late = new PassThrough(); next(late); late.end('fourth'); });
  setTimeout(() => part.end('third,'), 2);
  const pieces = [];
  const sink = new Writable({ write(c, e, done) { pieces.push(String(c)); done(); } });
  sink.on('finish', () => cb(null, { joined: pieces.join(''), pieces: pieces.length, readable: combined.readable, isStream: CombinedStream.isStreamLike(part) }));
  combined.pipe(sink);
};
