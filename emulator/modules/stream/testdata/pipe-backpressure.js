// pipe pauses the source when the destination's write returns false and
// resumes it on 'drain'.
let i = 0;
const src = new stream.Readable({
  highWaterMark: 2,
  read() { i++; if (i <= 6) this.push('x' + i); else this.push(null); },
});
const dst = new stream.Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { log('write', chunk.toString(), dst.writableLength); setTimeout(cb, 1); },
});
src.on('pause', () => log('pause'));
src.on('resume', () => log('resume'));
dst.on('drain', () => log('drain'));
dst.on('finish', () => log('finish'));
src.pipe(dst);
