// push returns false at highWaterMark; _read is asked again as the
// consumer drains; object mode counts objects.
const r = new stream.Readable({ highWaterMark: 4, read() { log('_read', r.readableLength); } });
log('push 3', r.push('abc'));
log('push 2', r.push('de'));
log('length', r.readableLength, r.readableHighWaterMark);
const o = new stream.Readable({ objectMode: true, read() {} });
log('objects', o.push({ a: 1 }), o.readableHighWaterMark, o.readableObjectMode);
for (let i = 0; i < 16; i++) o.push(i);
log('full', o.push('x'), o.readableLength);
o.on('data', (d) => { if (typeof d === 'object') log('object', JSON.stringify(d)); });
r.on('data', (d) => log('data', d.toString()));
setTimeout(() => { r.push(null); o.push(null); }, 1);
r.on('end', () => log('end r'));
o.on('end', () => log('end o'));
