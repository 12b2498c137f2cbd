// Backpressure as a package sees it: write() returning false at the
// highWaterMark, 'drain', and pipe pausing a fast source for a slow sink.
module.exports = function (recipient, text, context, cb) {
  const { Readable, Writable } = require('stream');
  const seen = [];
  const w = new Writable({
    highWaterMark: 4,
    write(chunk, enc, done) { setTimeout(done, 1); },
  });
  seen.push('write ' + w.write('ab'), 'write ' + w.write('cd'), 'needDrain ' + w.writableNeedDrain, 'length ' + w.writableLength);
  w.on('drain', () => {
    seen.push('drain ' + w.writableLength);
    let i = 0;
    const src = new Readable({ highWaterMark: 2, read() { i++; this.push(i <= 5 ? 'x' + i : null); } });
    const sink = new Writable({ highWaterMark: 3, write(chunk, enc, done) { seen.push('sink ' + chunk + ' ' + sink.writableLength); setTimeout(done, 1); } });
    src.on('pause', () => seen.push('pause'));
    src.on('resume', () => seen.push('resume'));
    sink.on('drain', () => seen.push('sink drain'));
    sink.on('finish', () => cb(null, seen));
    src.pipe(sink);
  });
};
