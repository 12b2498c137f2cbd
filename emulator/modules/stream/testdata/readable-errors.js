// Errors on the readable side: push after EOF, a wrong chunk type, and
// destroy(err): 'error' then 'close', each once.
const a = new stream.Readable({ read() {} });
a.on('error', (e) => log('a error', e.name, e.code, e.message, String(e)));
a.on('close', () => log('a close', a.destroyed, a.errored && a.errored.code));
a.push('x');
a.push(null);
a.push('y');
const b = new stream.Readable({ read() {} });
b.on('error', (e) => log('b error', e.code, e.message));
b.push(42);
const c = new stream.Readable({ read() {} });
c.on('error', (e) => log('c error', e.message));
c.on('close', () => log('c close'));
c.destroy(new Error('boom'));
c.destroy(new Error('again'));
log('c destroyed', c.destroyed, c.readable);
const d = new stream.Readable({ read() {}, destroy(err, cb) { log('d _destroy', err && err.message); cb(new Error('from _destroy')); } });
d.on('error', (e) => log('d error', e.message));
d.on('close', () => log('d close'));
d.destroy();
const e = new stream.Readable();
e.on('error', (err) => log('e error', err.code, err.message));
e.read();
