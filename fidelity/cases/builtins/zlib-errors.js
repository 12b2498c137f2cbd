// zlib's errors as Node reports them, in the sync, callback and stream
// forms, and a truncated gzip body accepted with finishFlush Z_SYNC_FLUSH
// as HTTP clients ask.
module.exports = function (recipient, text, context, cb) {
  const zlib = require('zlib');
  const out = {};
  const attempt = (name, fn) => { try { out[name] = ['ok', String(fn())]; } catch (e) { out[name] = [e.name, e.code, e.errno, e.message]; } };
  const packed = zlib.gzipSync(text);
  attempt('notGzip', () => zlib.gunzipSync(Buffer.from('hello world')));
  attempt('truncated', () => zlib.gunzipSync(packed.subarray(0, packed.length - 4)));
  attempt('truncatedAccepted', () => zlib.gunzipSync(packed.subarray(0, packed.length - 4), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  attempt('empty', () => zlib.inflateSync(Buffer.alloc(0)));
  attempt('wrongFormat', () => zlib.inflateSync(packed));
  attempt('badBlock', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
  attempt('brotliGarbage', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
  attempt('tooLarge', () => zlib.gunzipSync(packed, { maxOutputLength: 8 }));
  attempt('badLevel', () => zlib.deflateSync(text, { level: 10 }));
  attempt('badInput', () => zlib.gzipSync(42));
  zlib.gunzip(Buffer.from('not gzip'), (err) => {
    out.callback = [err.code, err.errno, err.message];
    const gunzip = zlib.createGunzip();
    gunzip.on('error', (e) => {
      out.stream = [e.code, e.errno, e.message];
      const lenient = zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      const parts = [];
      lenient.on('data', (d) => parts.push(d));
      lenient.on('end', () => { out.lenientStream = Buffer.concat(parts).toString(); cb(null, out); });
      lenient.end(packed.subarray(0, packed.length - 4));
    });
    gunzip.end(Buffer.from('plain text'));
  });
};
