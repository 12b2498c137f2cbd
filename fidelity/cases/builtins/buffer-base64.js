// Buffer: base64 for Basic auth, and back.
module.exports = function (recipient, text, context, cb) {
  const b = Buffer.from('AC123:tökén');
  cb(null, [b.toString('base64'), b.length, Buffer.from(b.toString('base64'), 'base64').toString(), Buffer.from('YWJj', 'base64').toString('utf8'), Buffer.from('a-_b', 'base64url').toString('hex')]);
};
