// write returns false from highWaterMark on, 'drain' comes once the
// buffer empties, then the callbacks; end(cb), _final, 'finish', 'close'.
const w = new stream.Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) { log('_write', chunk.toString(), enc); setTimeout(cb, 1); },
  final(cb) { log('_final'); cb(); },
});
log('write 1', w.write('abc', () => log('cb 1')));
log('write 2', w.write('de', () => log('cb 2')));
log('write 3', w.write('f', () => log('cb 3')));
log('needDrain', w.writableNeedDrain, w.writableLength);
w.on('drain', () => {
  log('drain', w.writableLength);
  w.end('end', () => log('end cb'));
  log('ended', w.writableEnded, w.writableFinished, w.writable);
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close'));
// A write whose callback comes at once leaves nothing buffered: true, no
// drain, however large.
const sync = new stream.Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
log('sync write', sync.write('large chunk'), sync.writableNeedDrain, sync.writableLength);
sync.on('drain', () => log('sync drain'));
