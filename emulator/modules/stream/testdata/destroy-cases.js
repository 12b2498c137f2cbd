// destroy in the middle: pending write callbacks, end(cb) on an errored
// stream, destroy with and without error on a Duplex, the errored and
// closed properties, and finished on an already destroyed stream. One
// section at a time, so that no two timers race.
const sections = [
  (next) => {
    const w = new stream.Writable({ highWaterMark: 1, write(c, e, cb) { setTimeout(cb, 2); } });
    let pending = 2;
    const settled = () => { if (--pending === 0) next(); };
    w.write('a', (e) => { log('a cb', e ? e.code : 'ok'); settled(); });
    w.write('b', (e) => { log('b cb', e ? e.code : 'ok'); settled(); });
    w.on('close', () => log('w close', w.writableFinished, w.destroyed));
    w.destroy();
  },
  (next) => {
    const x = new stream.Writable({ write(c, e, cb) { cb(new Error('nope')); } });
    x.on('error', (e) => log('x error', e.message));
    x.write('1');
    setTimeout(() => x.end((e) => { log('x end cb', e && e.message); next(); }), 1);
  },
  (next) => {
    const d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(); } });
    d.on('close', () => { log('d close', d.destroyed, d.closed, d.errored && d.errored.message); next(); });
    d.on('error', (e) => log('d error', e.message, stream.isErrored(d)));
    d.destroy(new Error('duplex broke'));
    log('d now', d.destroyed, d.readable, d.writable, stream.isErrored(d));
  },
  (next) => {
    const p = new stream.PassThrough();
    p.destroy();
    log('isDestroyed', stream.isDestroyed(p), stream.isReadable(new stream.PassThrough()), stream.isWritable(p));
    setTimeout(() => stream.finished(p, (e) => { log('finished on destroyed', e && e.code); next(); }), 1);
  },
];
const run = (i) => { if (i < sections.length) sections[i](() => run(i + 1)); };
run(0);
