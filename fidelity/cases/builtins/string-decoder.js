// StringDecoder across chunk boundaries: UTF-8 characters cut anywhere,
// an interrupted sequence, UTF-16 surrogate pairs, base64 groups, end().
module.exports = function (recipient, text, context, cb) {
  const { StringDecoder } = require('string_decoder');
  const units = (s) => s.split('').map((c) => c.charCodeAt(0).toString(16)).join(' ');
  const feed = (enc, chunks) => {
    const d = new StringDecoder(enc);
    const out = chunks.map((c) => units(d.write(Buffer.from(c))));
    out.push(units(d.end()));
    return out;
  };
  const text8 = Buffer.from('Code 1234 — ünïcødé 😀 ok', 'utf8');
  const everySplit = [];
  for (let i = 0; i <= text8.length; i++) {
    const d = new StringDecoder('utf8');
    everySplit.push(d.write(text8.subarray(0, i)) + d.end(text8.subarray(i)));
  }
  cb(null, {
    allSplitsAgree: everySplit.every((s) => s === text8.toString()),
    bytewise: feed('utf8', Array.from(text8).map((b) => [b])).join('|'),
    interrupted: feed('utf8', [[0xe2, 0x82], [0x41], [0xf0, 0x9f, 0x98]]),
    invalid: feed('utf8', [[0x41, 0xff, 0xc3], [0xc3], [0xa9, 0xed, 0xa0, 0x80]]),
    utf16: feed('utf16le', [[0x3d], [0xd8, 0x00], [0xde], [0x3d, 0xd8], [0x00, 0xde, 0x3d, 0xd8]]),
    base64: feed('base64', [[1], [2, 3, 4], [5]]),
    hex: feed('hex', [[1], [0xab, 0xcd]]),
    encodings: ['utf-8', 'UCS-2', 'binary', 'base64url', 'ascii'].map((e) => new StringDecoder(e).encoding)
  });
};
