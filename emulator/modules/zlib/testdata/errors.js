// zlib's errors: messages, codes and errnos of bad input, truncated input
// with and without finishFlush Z_SYNC_FLUSH, maxOutputLength, options and
// arguments; and the same errors through callbacks and streams.
function t(label, f) {
  try { const r = f(); log(label, 'ok', r.length, r.toString().slice(0, 20)); } catch (e) { log(label, e.name, e.code, e.errno, e.message); }
}
const g = zlib.gzipSync('hello world hello world');
t('not gzip', () => zlib.gunzipSync(Buffer.from('hello')));
t('truncated', () => zlib.gunzipSync(g.subarray(0, g.length - 3)));
t('truncated sync flush', () => zlib.gunzipSync(g.subarray(0, g.length - 3), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
t('header only', () => zlib.gunzipSync(g.subarray(0, 10)));
t('trailing garbage', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('garbage')])));
t('two members', () => zlib.gunzipSync(Buffer.concat([g, g])));
const bad = Buffer.from(g); bad[g.length - 6] ^= 1;
t('bad checksum', () => zlib.gunzipSync(bad));
t('inflate of gzip', () => zlib.inflateSync(g));
t('unzip of raw', () => zlib.unzipSync(zlib.deflateRawSync('abc')));
t('raw block type', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
t('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
t('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
t('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
const brotliHello = Buffer.from('0b028068656c6c6f03', 'hex'); // Node's brotliCompressSync('hello')
t('brotli truncated', () => zlib.brotliDecompressSync(brotliHello.subarray(0, 3)));
t('brotli trailing', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('hello'), Buffer.from([0xff, 0xff])])));
t('maxOutputLength', () => zlib.gunzipSync(g, { maxOutputLength: 5 }));
t('number input', () => zlib.gzipSync(123));
t('null input', () => zlib.gzipSync(null));
t('object input', () => zlib.gzipSync({}));
t('level 12', () => zlib.gzipSync('a', { level: 12 }));
t('level string', () => zlib.gzipSync('a', { level: 'x' }));
t('level Infinity', () => zlib.gzipSync('a', { level: Infinity }));
t('windowBits', () => zlib.gzipSync('a', { windowBits: 3 }));
t('chunkSize', () => zlib.createGzip({ chunkSize: 10 }));
t('brotli param', () => zlib.brotliCompressSync('a', { params: { 999: 1 } }));
try { zlib.gunzip(Buffer.from('abc')); } catch (e) { log('no callback', e.code, e.message); }
zlib.gunzip(Buffer.from('abc'), (err, res) => {
  log('callback error', err.code, err.errno, err.message, res);
  streams();
});
function streams() {
  const s = zlib.createGunzip();
  s.on('error', (e) => log('stream error', e.code, e.message));
  s.on('close', () => { log('stream close'); lenient(); });
  s.end(Buffer.from('not gzip at all'));
}
// one stream at a time: Node's zlib works on its thread pool
function lenient() {
  const partial = zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const got = [];
  partial.on('data', (d) => got.push(d));
  partial.on('end', () => log('truncated stream', Buffer.concat(got).toString()));
  partial.end(g.subarray(0, g.length - 4));
}
