// randomBytes, randomInt and randomUUID: lengths and shapes.
module.exports = function (recipient, text, context, cb) {
  const crypto = require('crypto');
  cb(null, { bytes: crypto.randomBytes(16).length, hex: crypto.randomBytes(4).toString('hex').length, uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()), int: (() => { const n = crypto.randomInt(10); return n >= 0 && n < 10; })() });
};
