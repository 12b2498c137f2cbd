// iconv-lite 0.7: encode and decode legacy charsets, and its streaming
// API (Transform streams over string_decoder), a character split between
// two chunks included.
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const iconv = require('iconv-lite@0.7.3');
  const { pipeline, Readable, Writable } = require('stream');
  const win = iconv.encode('Привет, €5', 'win1251');
  const out = {
    win1251: win.toString('hex'),
    back: iconv.decode(win, 'win1251'),
    latin1: iconv.decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'latin1'),
    utf16: iconv.encode('hé', 'utf16le').toString('hex'),
    exists: [iconv.encodingExists('shift_jis'), iconv.encodingExists('nope')],
  };
  const utf8 = Buffer.from('grüße €', 'utf8');
  const parts = [];
  pipeline(Readable.from([utf8.subarray(0, 3), utf8.subarray(3)]), iconv.decodeStream('utf8'), iconv.encodeStream('win1252'),
    new Writable({ write(c, e, done) { parts.push(c); done(); } }), (err) => {
      out.streamed = [err === undefined ? 'undefined' : String(err), Buffer.concat(parts).toString('hex')];
      cb(null, out);
    });
};
