// Buffer in hex, latin1, utf16le and ascii.
module.exports = function (recipient, text, context, cb) {
  cb(null, [Buffer.from('hé€', 'utf8').toString('hex'), Buffer.from('68e9', 'hex').toString('latin1'), Buffer.from('hi', 'utf16le').toString('hex'), Buffer.from('héllo', 'latin1').toString('ascii'), Buffer.byteLength('héllo'), Buffer.byteLength('aGk=', 'base64')]);
};
