// Object mode on one side of a Transform, unshift, construct delaying
// reads and writes, highWaterMark 0, and 'readable' removed for 'data'.
const t = new stream.Transform({
  writableObjectMode: true,
  transform(obj, enc, cb) { cb(null, JSON.stringify(obj) + '\n'); },
});
log('sides', t.writableObjectMode, t.readableObjectMode);
t.on('data', (d) => log('line', typeof d, d.toString().trim()));
t.write({ a: 1 });
t.end({ b: 2 });
const u = new stream.Readable({ read() {} });
u.push('world');
u.unshift('hello ');
log('unshift', u.read().toString());
const c = new stream.Readable({
  construct(cb) { log('construct'); setTimeout(() => { log('constructed'); cb(); }, 1); },
  read() { log('read after construct'); this.push('x'); this.push(null); },
});
c.on('data', (d) => log('c data', d.toString()));
c.on('end', () => { log('c end'); readableThenData(); });
const z = new stream.Readable({ highWaterMark: 0, read() { log('z read'); } });
log('z push', z.push('a'), z.readableLength);
z.on('data', (d) => log('z data', d.toString()));
// a Writable whose construct is still running buffers its writes
function writable() {
  const w = new stream.Writable({
    construct(cb) { setTimeout(cb, 2); },
    write(chunk, enc, cb) { log('w write', chunk.toString()); cb(); },
  });
  w.write('queued');
  log('w pending', w.writableLength);
  w.end(() => log('w done'));
}

// 'readable' removed: the 'data' listener takes over
function readableThenData() {
  const r = new stream.Readable({ read() {} });
  const onReadable = () => log('readable fired');
  r.on('readable', onReadable);
  r.on('data', (d) => log('r data', d.toString(), r.readableFlowing));
  r.push('1');
  setTimeout(() => {
    r.removeListener('readable', onReadable);
    setTimeout(() => { r.push('2'); log('flowing now', r.readableFlowing); r.push(null); writable(); }, 1);
  }, 3);
}
