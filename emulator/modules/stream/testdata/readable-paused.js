// Paused mode: 'readable' and read(n), including a read larger than what
// is buffered, and the end after the last read.
let n = 0;
const r = new stream.Readable({
  read() {
    n++;
    log('_read', n);
    if (n <= 3) this.push('chunk' + n);
    else this.push(null);
  },
});
r.on('readable', () => {
  let c;
  log('readable', r.readableLength);
  while ((c = r.read(3)) !== null) log('read', c.toString());
});
r.on('end', () => log('end'));
