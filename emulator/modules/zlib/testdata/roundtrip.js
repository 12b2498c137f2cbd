// Every format round-trips in its sync, callback and stream forms; gzip
// output carries Node's header; unzip takes gzip and zlib data.
const text = 'hello hookemu '.repeat(50);
const pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['gzip', 'unzip'], ['deflate', 'unzip']];
for (const [c, d] of pairs) {
  const packed = zlib[c + 'Sync'](text);
  log(c, d, 'sync', zlib[d + 'Sync'](packed).toString() === text, Buffer.isBuffer(packed));
}
const gz = zlib.gzipSync('hello');
log('gzip header', gz.subarray(0, 10).toString('hex'));
log('deflate header', zlib.deflateSync('hello').subarray(0, 2).toString('hex'));
log('levels', zlib.gzipSync(text, { level: 1 }).subarray(8, 9).toString('hex'), zlib.gzipSync(text, { level: 9 }).subarray(8, 9).toString('hex'));
log('empty', zlib.gunzipSync(zlib.gzipSync('')).length, zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length);
log('inputs', zlib.gunzipSync(zlib.gzipSync(new Uint8Array([104, 105]))).toString(), zlib.gunzipSync(zlib.gzipSync(new Uint8Array([104, 105]).buffer)).toString());
log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')));
// one at a time: when a callback comes relative to other work depends on
// the thread pool in Node
function streams() {
  const gzip = zlib.createGzip();
  const gunzip = zlib.createGunzip();
  const parts = [];
  gunzip.on('data', (d) => parts.push(d));
  gunzip.on('end', () => log('stream', Buffer.concat(parts).toString() === text, gzip.bytesWritten, gunzip.bytesWritten > 0));
  gzip.pipe(gunzip);
  gzip.write(text.slice(0, 100));
  gzip.end(text.slice(100));
}
zlib.gzip(text, (err, packed) => {
  log('callback gzip', err, Buffer.isBuffer(packed));
  zlib.gunzip(packed, {}, (err2, plain) => {
    log('callback gunzip', err2, plain.toString() === text);
    zlib.brotliCompress(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }, (err3, packed2) => {
      zlib.brotliDecompress(packed2, (err4, plain2) => {
        log('callback brotli', err3, err4, plain2.toString() === text);
        streams();
      });
    });
  });
});
