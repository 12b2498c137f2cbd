// Every format round-trips in its three forms (sync, callback, stream),
// with Node's gzip header, and unzip takes gzip and zlib data.
module.exports = function (recipient, text, context, cb) {
  const zlib = require('zlib');
  const { pipeline, Readable, Writable } = require('stream');
  const body = text.repeat(20);
  const out = { header: zlib.gzipSync(body).subarray(0, 10).toString('hex') };
  for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['deflate', 'unzip']]) {
    out[c + '/' + d] = zlib[d + 'Sync'](zlib[c + 'Sync'](body)).toString() === body;
  }
  zlib.deflate(body, (err, packed) => {
    zlib.unzip(packed, (err2, plain) => {
      out.callbacks = [err, err2, plain.toString() === body];
      const chunks = [];
      pipeline(Readable.from([body.slice(0, 7), body.slice(7)]), zlib.createBrotliCompress(), zlib.createBrotliDecompress(),
        new Writable({ write(c, e, done) { chunks.push(c); done(); } }), (err3) => {
          out.streams = [err3 === undefined ? 'undefined' : String(err3), Buffer.concat(chunks).toString() === body];
          out.crc32 = typeof zlib.crc32 === 'function' ? zlib.crc32(body) : 'none';
          cb(null, out);
        });
    });
  });
};
