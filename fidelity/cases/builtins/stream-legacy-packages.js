// How util.inherits-era packages (combined-stream, delayed-stream,
// form-data, iconv-lite) use streams: Stream.call(this) and a legacy pipe,
// Readable.call(this) with _read, pause/resume around data events,
// setEncoding over a character split between chunks, and object mode.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  const Stream = require('stream');
  function Legacy() { Stream.call(this); this.readable = true; }
  util.inherits(Legacy, Stream);
  const legacy = new Legacy();
  const collected = [];
  const sink = new Stream.Writable({ write(c, e, done) { collected.push(String(c)); done(); } });
  legacy.pipe(sink);
  legacy.emit('data', 'one,');
  legacy.emit('data', 'two');
  legacy.emit('end');
  function Numbers() { Stream.Readable.call(this, { objectMode: true }); this.n = 0; }
  util.inherits(Numbers, Stream.Readable);
  Numbers.prototype._read = function () { this.n++; this.push(this.n <= 3 ? { n: this.n } : null); };
  const objects = [];
  const nums = new Numbers();
  nums.on('data', (o) => { objects.push(o.n); nums.pause(); setTimeout(() => nums.resume(), 1); });
  const euro = Buffer.from('€uro', 'utf8');
  const text2 = new Stream.PassThrough();
  text2.setEncoding('utf8');
  const strings = [];
  text2.on('data', (s) => strings.push(s));
  text2.write(euro.subarray(0, 1));
  text2.write(euro.subarray(1));
  text2.end();
  let done = 0;
  const finish = () => {
    if (++done === 3) {
      cb(null, {
        legacy: collected.join(''), isStream: legacy instanceof Stream, isEmitter: legacy instanceof require('events'),
        objects, strings, paused: nums.isPaused(),
      });
    }
  };
  sink.on('finish', finish);
  nums.on('end', finish);
  text2.on('end', finish);
};
