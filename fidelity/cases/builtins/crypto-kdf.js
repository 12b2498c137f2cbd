// Key derivation as packages use it for request signing and tokens:
// pbkdf2 (sync and callback), hkdf, their errors, and crypto.constants.
module.exports = function (recipient, text, context, cb) {
  const crypto = require('crypto');
  const err = (f) => { try { f(); return 'no throw'; } catch (e) { return [e.name, e.code, e.message]; } };
  const sync = crypto.pbkdf2Sync(context.webtask.secrets.apikey || 'pw', 'salt', 500, 48, 'sha512').toString('hex');
  const hk = Buffer.from(crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 42)).toString('base64');
  crypto.pbkdf2(recipient, 'salt', 10, 20, 'sha1', (e, key) => {
    cb(null, {
      sync, hk, async: [e, key.toString('hex')],
      errors: [err(() => crypto.pbkdf2Sync('p', 's', 0, 8, 'sha1')), err(() => crypto.pbkdf2Sync('p', 's', 1, 8, 'md4x')), err(() => crypto.hkdfSync('sha1', 'k', 's', 'i', 255 * 20 + 1))],
      constants: [crypto.constants.RSA_PKCS1_PSS_PADDING, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN, typeof crypto.createSign]
    });
  });
};
