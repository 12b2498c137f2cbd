// Flowing mode: data in push order, then end and close, with the state a
// package reads along the way.
const r = new stream.Readable({ read() {} });
log('flowing before', r.readableFlowing);
r.on('data', (c) => log('data', c.toString(), r.readableFlowing));
r.on('end', () => log('end', r.readableEnded, r.readable));
r.on('close', () => log('close', r.destroyed, r.closed));
log('push', r.push('a'), r.push('b'));
r.push(null);
log('sync done', r.readableLength);
