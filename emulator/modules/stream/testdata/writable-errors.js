// Writable errors: write after end, write null or a number, a callback
// called twice, write on a destroyed stream, a _write error.
const a = new stream.Writable({ write(c, e, cb) { cb(); } });
a.on('error', (e) => log('a error', e.code, e.message));
a.end();
log('after end', a.write('x', (e) => log('a cb', e.code)));
const b = new stream.Writable({ write(c, e, cb) { cb(); } });
try { b.write(null); } catch (e) { log('null', e.name, e.code, e.message); }
try { b.write(1); } catch (e) { log('number', e.name, e.code, e.message); }
try { b.write('x', 'nope'); } catch (e) { log('encoding', e.name, e.code, e.message); }
const c = new stream.Writable({ write(ch, e, cb) { cb(); cb(); } });
c.on('error', (e) => log('c error', e.code, e.message));
c.write('x');
const d = new stream.Writable({ write(ch, e, cb) { cb(); } });
d.on('error', (e) => log('d error', e.code, e.message));
d.destroy();
log('destroyed write', d.write('x', (e) => log('d cb', e && e.code)));
const f = new stream.Writable({ write(ch, e, cb) { cb(new Error('disk full')); } });
f.on('error', (e) => log('f error', e.message, f.writable, f.destroyed));
f.on('close', () => log('f close'));
f.write('x', (e) => log('f cb', e && e.message));
