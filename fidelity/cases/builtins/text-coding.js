// TextEncoder and TextDecoder, atob and btoa.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  const enc = new util.TextEncoder().encode('hé€');
  cb(null, { enc: Array.from(enc), dec: new util.TextDecoder().decode(enc), btoa: typeof btoa === 'function' ? btoa('hi') : 'none', atob: typeof atob === 'function' ? atob('aGk=') : 'none' });
};
