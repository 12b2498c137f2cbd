// The module's surface: names, constants, legacy Z_* values, codes, and
// classes callable without new that are Transforms.
log('keys', Object.keys(zlib).join(' '));
log('constants', Object.keys(zlib.constants).length, zlib.constants.Z_SYNC_FLUSH, zlib.constants.BROTLI_PARAM_QUALITY, zlib.constants.Z_MAX_CHUNK);
log('legacy', zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, Object.keys(zlib).includes('Z_NO_FLUSH'), zlib.DEFLATE, zlib.BROTLI_ENCODE);
log('codes', zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], zlib.codes.Z_BUF_ERROR);
const g = zlib.Gzip();
log('class', g instanceof zlib.Gzip, g instanceof stream.Transform, g.readableHighWaterMark, g.writableHighWaterMark, g._defaultFlushFlag, g._finishFlushFlag);
log('create', zlib.createBrotliDecompress() instanceof zlib.BrotliDecompress, zlib.createUnzip() instanceof zlib.Unzip, zlib.createDeflateRaw()._finishFlushFlag);
const b = zlib.createBrotliCompress();
log('brotli flags', b._defaultFlushFlag, b._finishFlushFlag, b._defaultFullFlushFlag);
const flushing = zlib.createGzip();
const pieces = [];
flushing.on('data', (d) => pieces.push(d));
flushing.write('first part');
flushing.flush(() => {
  const soFar = Buffer.concat(pieces);
  log('flush gives decodable output', zlib.gunzipSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  flushing.end();
});
