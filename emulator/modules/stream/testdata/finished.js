// finished: a clean end, a premature close, an error, and a stream that
// had already ended.
const a = new stream.Readable({ read() {} });
stream.finished(a, (err) => log('a', err === undefined ? 'clean' : err.code));
a.resume();
a.push(null);
const b = new stream.Writable({ write(c, e, cb) { cb(); } });
stream.finished(b, (err) => log('b', err && err.code, err && err.message));
b.write('x');
b.destroy();
const c = new stream.PassThrough();
stream.finished(c, (err) => log('c', err && err.message));
c.destroy(new Error('broken'));
const d = new stream.Writable({ write(x, e, cb) { cb(); } });
d.end(() => {
  stream.finished(d, (err) => log('d after finish', err === undefined ? 'clean' : err));
});
stream.promises.finished(new stream.Readable({ read() { this.push(null); } }).resume()).then(() => log('promise finished'));
