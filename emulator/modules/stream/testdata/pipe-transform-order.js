// A Readable piped through a Transform into a Writable: the order of
// every event on all three.
const src = new stream.Readable({ read() {} });
const up = new stream.Transform({
  transform(chunk, enc, cb) { log('transform', chunk.toString()); cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { log('flush'); this.push('!'); cb(); },
});
const out = [];
const dst = new stream.Writable({ write(chunk, enc, cb) { log('write', chunk.toString()); out.push(chunk.toString()); cb(); } });
['pipe', 'unpipe', 'finish', 'close', 'prefinish'].forEach((ev) => dst.on(ev, () => log('dst', ev)));
['end', 'finish', 'close', 'prefinish', 'pipe', 'unpipe'].forEach((ev) => up.on(ev, () => log('up', ev)));
['end', 'close', 'pause', 'resume'].forEach((ev) => src.on(ev, () => log('src', ev)));
src.pipe(up).pipe(dst);
src.push('a');
src.push('b');
setTimeout(() => { src.push('c'); src.push(null); }, 1);
dst.on('finish', () => log('result', out.join('')));
