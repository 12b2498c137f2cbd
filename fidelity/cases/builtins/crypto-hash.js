// createHash and createHmac in hex and base64.
module.exports = function (recipient, text, context, cb) {
  const crypto = require('crypto');
  cb(null, [crypto.createHash('sha256').update('hello').digest('hex'), crypto.createHash('md5').update('a').update('b').digest('base64'), crypto.createHmac('sha1', 'key').update('msg').digest('hex'), crypto.createHash('sha512').update(Buffer.from('x')).digest('hex').length]);
};
