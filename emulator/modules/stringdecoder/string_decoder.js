function (native) {
  'use strict';

  // The class is JS so that it has Node's shape (an own `encoding`, the
  // methods and getters on the prototype); the decoding is Go's.
  var kDecoder = Symbol('kNativeDecoder');

  function StringDecoder(encoding) {
    this.encoding = native.normalize(encoding);
    this[kDecoder] = native.decoder(this.encoding);
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' + native.received(buf));
    }
    return this[kDecoder].write(buf);
  };

  StringDecoder.prototype.end = function end(buf) {
    var ret = '';
    if (buf !== undefined) ret = this.write(buf);
    return ret + this[kDecoder].end();
  };

  StringDecoder.prototype.text = function text(buf, offset) {
    this[kDecoder].reset();
    return this.write(buf.slice(offset));
  };

  Object.defineProperties(StringDecoder.prototype, {
    lastChar: { configurable: true, enumerable: true, get: function () { return this[kDecoder].lastChar(); } },
    lastNeed: { configurable: true, enumerable: true, get: function () { return this[kDecoder].lastNeed(); } },
    lastTotal: { configurable: true, enumerable: true, get: function () { return this[kDecoder].lastTotal(); } }
  });

  return { StringDecoder: StringDecoder };
}
