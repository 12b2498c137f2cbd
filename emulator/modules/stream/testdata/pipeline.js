// pipeline: success after the last stream finishes; a failing Transform
// destroys every stream and reports its error once; the last stream is
// returned.
function source(items) { return stream.Readable.from(items, { objectMode: false }); }
const got = [];
const sink = new stream.Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
const ret = stream.pipeline(source(['a', 'b']), new stream.PassThrough(), sink, (err) => {
  log('ok', err === undefined ? 'undefined' : String(err), got.join(','), sink.destroyed);
});
log('returns last', ret === sink);
const s2 = source(['1', '2', '3']);
const bad = new stream.Transform({ transform(c, e, cb) { if (c.toString() === '2') cb(new Error('bad chunk')); else cb(null, c); } });
const sink2 = new stream.Writable({ write(c, e, cb) { cb(); } });
stream.pipeline(s2, bad, sink2, (err) => {
  log('failed', err.message, s2.destroyed, bad.destroyed, sink2.destroyed);
});
const s3 = new stream.Readable({ read() {} });
const sink3 = new stream.Writable({ write(c, e, cb) { cb(); } });
stream.pipeline(s3, sink3, (err) => log('premature', err.code, err.message));
s3.push('x');
setTimeout(() => s3.destroy(), 1);
try { stream.pipeline(s3, sink3); } catch (e) { log('no callback', e.code, e.message); }
