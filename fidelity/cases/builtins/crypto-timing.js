// timingSafeEqual, and its error on different lengths.
module.exports = function (recipient, text, context, cb) {
  const crypto = require('crypto');
  const out = [crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))];
  try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { out.push([e.name, e.code, e.message]); }
  cb(null, out);
};
