// A decompressing stream hands out output while its input is still
// coming, as zlib does: the first half of a large gzip body gives data
// before the second half is written.
const text = Array.from({ length: 20000 }, (_, i) => 'line ' + i + ' ' + ((i * 7919) % 1000)).join('\n');
for (const [name, packed, make] of [
  ['gunzip', zlib.gzipSync(text), () => zlib.createGunzip()],
  ['inflate', zlib.deflateSync(text), () => zlib.createInflate()],
  ['brotli', zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }), () => zlib.createBrotliDecompress()],
]) {
  const s = make();
  const parts = [];
  let second = false;
  s.on('data', (d) => {
    parts.push(d);
    if (!second) {
      second = true;
      log(name, 'data before the rest was written');
      s.end(packed.subarray(packed.length >> 1));
    }
  });
  s.on('end', () => log(name, 'whole', Buffer.concat(parts).toString() === text));
  s.write(packed.subarray(0, packed.length >> 1));
}
