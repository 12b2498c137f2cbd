// cork buffers writes; uncork hands them to _writev in one call; a
// Writable with objectMode and decodeStrings false keeps strings.
const w = new stream.Writable({
  writev(chunks, cb) { log('_writev', chunks.length, chunks.map((c) => c.chunk.toString()).join('|')); cb(); },
  write(chunk, enc, cb) { log('_write', chunk.toString()); cb(); },
});
w.cork();
w.write('a'); w.write('b'); w.write('c');
log('corked', w.writableCorked, w.writableLength);
w.uncork();
w.end('z');
w.on('finish', () => log('finish'));
const s = new stream.Writable({ decodeStrings: false, write(chunk, enc, cb) { log('string', typeof chunk, enc); cb(); } });
s.write('hi', 'latin1');
const o = new stream.Writable({ objectMode: true, write(chunk, enc, cb) { log('object', JSON.stringify(chunk)); cb(); } });
o.write({ k: 1 });
o.write(7);
