// Compressed answers as HTTP clients decode them: the raw body of
// https.get piped through zlib's streams (createGunzip, createInflate,
// createInflateRaw, createBrotliDecompress, createUnzip), as got,
// superagent and node-fetch do; a truncated body fails with
// "unexpected end of file", or is accepted with finishFlush Z_SYNC_FLUSH.
module.exports = function (recipient, text, context, cb) {
  const https = require('https');
  const zlib = require('zlib');
  const { pipeline, Writable } = require('stream');
  const sync = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const plans = [
    ['gzip', 'gzip', () => zlib.createGunzip()],
    ['deflate', 'deflate', () => zlib.createInflate()],
    ['deflate-raw', 'deflate-raw', () => zlib.createInflateRaw()],
    ['br', 'br', () => zlib.createBrotliDecompress()],
    ['unzip', 'gzip', () => zlib.createUnzip()],
    ['truncated', 'gzip&cut=6', () => zlib.createGunzip()],
    ['truncated, sync flush', 'gzip&cut=6', () => zlib.createGunzip(sync)],
  ];
  const out = {};
  const next = (i) => {
    if (i === plans.length) return cb(null, out);
    const [name, query, decoder] = plans[i];
    https.get('https://fidelity.test/compressed?encoding=' + query, (res) => {
      const chunks = [];
      pipeline(res, decoder(), new Writable({ write(c, e, done) { chunks.push(c); done(); } }), (err) => {
        const body = Buffer.concat(chunks).toString();
        out[name] = {
          encoding: res.headers['content-encoding'],
          error: err ? [err.code, err.errno, err.message] : null,
          length: body.length,
          parsed: err ? null : (() => { try { return JSON.parse('[' + body.split('}{').join('},{') + ']').length; } catch (e) { return 'not JSON'; } })(),
        };
        next(i + 1);
      });
    }).on('error', (e) => { out[name] = 'request failed: ' + e.message; next(i + 1); });
  };
  next(0);
};
