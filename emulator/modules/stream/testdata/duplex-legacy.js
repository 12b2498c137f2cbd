// Old-style subclassing (Readable.call(this) and prototype chains), the
// legacy Stream's pipe, a Duplex that does not allow half open, and
// instanceof across the classes.
function Counter(opts) { stream.Readable.call(this, opts); this.n = 0; }
Object.setPrototypeOf(Counter.prototype, stream.Readable.prototype);
Counter.prototype._read = function () { this.n++; this.push(this.n <= 2 ? String(this.n) : null); };
const c = new Counter();
c.on('data', (d) => log('counter', d.toString()));
c.on('end', () => log('counter end'));
const legacy = new stream.Stream();
legacy.readable = true;
const got = [];
const w = new stream.Writable({ write(x, e, cb) { got.push(x.toString()); cb(); } });
legacy.pipe(w);
legacy.emit('data', 'l1');
legacy.emit('data', 'l2');
legacy.emit('end');
w.on('finish', () => log('legacy', got.join(',')));
const d = new stream.Duplex({ allowHalfOpen: false, read() {}, write(x, e, cb) { cb(); } });
d.on('finish', () => log('duplex finish'));
d.on('end', () => log('duplex end'));
d.resume();
d.push(null);
const t = new stream.Transform();
const p = new stream.PassThrough();
log('instanceof', p instanceof stream.Transform, p instanceof stream.Duplex, p instanceof stream.Readable, p instanceof stream.Writable, p instanceof stream.Stream, new stream.Writable() instanceof stream.Readable);
log('callable', stream.Readable() instanceof stream.Readable, stream.PassThrough() instanceof stream.PassThrough);
log('module', typeof stream, stream.Stream === stream, typeof stream.promises.pipeline, typeof stream.Readable.prototype.on);
try { t.write('x'); } catch (e) { log('transform throws', e.code, e.message); }
