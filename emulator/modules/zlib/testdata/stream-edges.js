// Edges of zlib's streams: ended with no input, piped into from a
// Readable in object mode chunks, destroyed midway, bytesWritten, and
// close(callback).
const sections = [
  (next) => {
    const g = zlib.createGunzip();
    g.on('error', (e) => { log('empty gunzip error', e.code, e.message); next(); });
    g.on('end', () => { log('empty gunzip end'); next(); });
    g.resume();
    g.end();
  },
  (next) => {
    const d = zlib.createDeflate();
    const parts = [];
    d.on('data', (c) => parts.push(c));
    d.on('end', () => { const out = Buffer.concat(parts); log('empty deflate', out.subarray(0, 2).toString('hex'), zlib.inflateSync(out).length); next(); });
    d.end();
  },
  (next) => {
    const g = zlib.createGzip();
    g.on('close', () => { log('destroyed', g.destroyed); next(); });
    g.write('abc');
    g.destroy();
  },
  (next) => {
    const g = zlib.createGzip();
    g.resume();
    g.write('hello');
    g.write(Buffer.from(' world'));
    g.end(() => { log('bytesWritten', g.bytesWritten); g.close(() => { log('closed'); next(); }); });
  },
  (next) => {
    const parts = [];
    const u = zlib.createUnzip();
    u.on('data', (c) => parts.push(c));
    u.on('end', () => { log('unzip', Buffer.concat(parts).toString()); next(); });
    const packed = zlib.deflateSync('deflated text');
    u.write(packed.subarray(0, 3));
    u.end(packed.subarray(3));
  },
];
const run = (i) => { if (i < sections.length) sections[i](() => run(i + 1)); };
run(0);
