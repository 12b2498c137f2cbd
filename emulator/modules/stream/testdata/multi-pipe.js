// One source piped to two destinations waits for the slower to drain;
// unpipe stops the flow to one; pipe to a destroyed destination.
let n = 0;
const src = new stream.Readable({ highWaterMark: 1, read() { n++; this.push(n <= 4 ? 'c' + n : null); } });
const fast = new stream.Writable({ highWaterMark: 1, write(c, e, cb) { log('fast', c.toString()); cb(); } });
const slow = new stream.Writable({ highWaterMark: 1, write(c, e, cb) { log('slow', c.toString()); setTimeout(cb, 2); } });
src.on('pause', () => log('pause'));
src.pipe(fast);
src.pipe(slow);
slow.on('finish', () => {
  log('slow finish', fast.writableFinished);
  const a = new stream.PassThrough();
  const b = new stream.Writable({ write(c, e, cb) { log('b got', c.toString()); cb(); } });
  b.on('unpipe', () => log('b unpipe'));
  a.pipe(b);
  a.write('before');
  setTimeout(() => {
    a.unpipe(b);
    a.write('after');
    log('a flowing', a.readableFlowing, a.readableLength);
    const dead = new stream.Writable({ write(c, e, cb) { cb(); } });
    dead.destroy();
    dead.on('error', (e) => log('dead error', e.code));
    const s = new stream.PassThrough();
    s.pipe(dead);
    s.write('x', (e) => log('s write cb', e ? e.code : 'ok'));
    setTimeout(() => log('s after', s.readableFlowing, dead.destroyed), 2);
  }, 2);
});
