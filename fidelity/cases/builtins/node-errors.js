// The errors Node's own modules throw, in both of Node's shapes: those of
// lib/internal/errors.js read "TypeError [CODE]: message" as a string and
// at the head of their stack, those its C++ layer throws "TypeError:
// message"; both carry an own enumerable code.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  const crypto = require('crypto');
  const { StringDecoder } = require('string_decoder');
  const zlib = require('zlib');
  const shape = (f) => {
    try {
      f();
      return 'no error';
    } catch (e) {
      return [e.name, e.code, String(e), String(e.stack).split('\n')[0], Object.keys(e).join(), e instanceof Error];
    }
  };
  cb(null, {
    inherits: shape(() => util.inherits(1, 2)),
    promisify: shape(() => util.promisify(1)),
    callbackify: shape(() => util.callbackify(1)),
    systemErrorName: shape(() => util.getSystemErrorName('x')),
    systemErrorRange: shape(() => util.getSystemErrorName(1)),
    stripVT: shape(() => util.stripVTControlCharacters(1)),
    encoderThis: shape(() => TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(1))),
    encodeIntoDest: shape(() => new TextEncoder().encodeInto('a', 1)),
    decoderThis: shape(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1))),
    decoderLabel: shape(() => new TextDecoder('nope')),
    decoderFatal: shape(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))),
    decoderInput: shape(() => new TextDecoder().decode(1)),
    randomBytes: shape(() => crypto.randomBytes(-1)),
    hashDigest: shape(() => crypto.createHash('nope')),
    timingLength: shape(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))),
    timingType: shape(() => crypto.timingSafeEqual('a', 'b')),
    pbkdf2Keylen: shape(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256')),
    bufferEncoding: shape(() => Buffer.from('a').toString('nope')),
    bufferCompare: shape(() => Buffer.compare(1, 2)),
    stringDecoder: shape(() => new StringDecoder('nope')),
    inheritsNull: shape(() => util.inherits(null, function () {})),
    promisifyCustom: shape(() => util.promisify(Object.assign(function () {}, { [util.promisify.custom]: 1 }))),
    callbackifyLast: shape(() => util.callbackify(async () => 1)(1)),
    encodeIntoSrc: shape(() => new TextEncoder().encodeInto(1, new Uint8Array(1))),
    bufferByteLength: shape(() => Buffer.byteLength(1)),
    bufferEquals: shape(() => Buffer.from('a').equals(1)),
    gzipInput: shape(() => zlib.gzipSync(1)),
    gzipLevelType: shape(() => zlib.createGzip({ level: 'x' })),
    gzipLevelRange: shape(() => zlib.createGzip({ level: 99 })),
  });
};
