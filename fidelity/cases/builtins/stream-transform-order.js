// The order of every event when a Readable is piped through a Transform
// into a Writable, and what the writable received.
module.exports = function (recipient, text, context, cb) {
  const { Readable, Transform, Writable } = require('stream');
  const events = [];
  const src = new Readable({ read() {} });
  const upper = new Transform({
    transform(chunk, enc, done) { events.push('transform ' + chunk); done(null, String(chunk).toUpperCase()); },
    flush(done) { events.push('flush'); this.push('!'); done(); },
  });
  const out = [];
  const dst = new Writable({ write(chunk, enc, done) { events.push('write ' + chunk); out.push(String(chunk)); done(); } });
  ['pipe', 'unpipe', 'prefinish', 'finish', 'close'].forEach((ev) => dst.on(ev, () => events.push('dst ' + ev)));
  ['pipe', 'unpipe', 'prefinish', 'finish', 'end', 'close'].forEach((ev) => upper.on(ev, () => events.push('upper ' + ev)));
  ['pause', 'resume', 'end', 'close'].forEach((ev) => src.on(ev, () => events.push('src ' + ev)));
  src.pipe(upper).pipe(dst);
  src.push('a');
  src.push('b');
  setTimeout(() => { src.push('c'); src.push(null); }, 5);
  dst.on('close', () => cb(null, { events, out: out.join('') }));
};
