function (native) {
  'use strict';
  var Buffer = native.Buffer;
  var Transform = native.stream.Transform;
  var C = native.constants;
  Object.freeze(C);

  // received describes a wrong value as Node's ERR_INVALID_ARG_TYPE does.
  function received(v) { return ' ' + native.received(v); }
  function typeError(message) { return native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE', message); }
  function rangeError(name, rule, value) {
    return native.codedError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' + rule + '. Received ' + String(value));
  }

  // bytesOf checks a convenience function's input and returns it as bytes.
  function bytesOf(buffer) {
    if (typeof buffer === 'string') return Buffer.from(buffer);
    if (buffer instanceof ArrayBuffer || ArrayBuffer.isView(buffer)) return buffer;
    throw typeError('The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer.' + received(buffer));
  }

  // number validates options[name]: undefined (and NaN) give def.
  function number(opts, name, min, max, def) {
    var v = opts[name];
    if (v === undefined || (typeof v === 'number' && isNaN(v))) return def;
    if (typeof v !== 'number') throw typeError('The "options.' + name + '" property must be of type number.' + received(v));
    if (!isFinite(v)) throw rangeError('options.' + name, 'a finite number', v);
    if (v < min || v > max) throw rangeError('options.' + name, max === Infinity ? '>= ' + min : '>= ' + min + ' and <= ' + max, v);
    return v;
  }

  var brotliModes = {};
  brotliModes[C.BROTLI_DECODE] = true;
  brotliModes[C.BROTLI_ENCODE] = true;

  // settings validates a constructor's options, as Node does, and returns
  // what the Go engine needs with the flush flags the stream uses.
  function settings(mode, opts) {
    if (opts === null || opts === undefined) opts = {};
    var brotli = brotliModes[mode] === true;
    var finishFlush = brotli ? C.BROTLI_OPERATION_FINISH : C.Z_FINISH;
    var maxFlush = brotli ? C.BROTLI_OPERATION_EMIT_METADATA : C.Z_BLOCK;
    var s = {
      chunkSize: number(opts, 'chunkSize', C.Z_MIN_CHUNK, Infinity, C.Z_DEFAULT_CHUNK),
      flush: number(opts, 'flush', 0, maxFlush, brotli ? C.BROTLI_OPERATION_PROCESS : C.Z_NO_FLUSH),
      finishFlush: number(opts, 'finishFlush', 0, maxFlush, finishFlush),
      maxOutputLength: number(opts, 'maxOutputLength', 1, native.kMaxLength, native.kMaxLength),
      level: -1, strategy: 0, quality: C.BROTLI_DEFAULT_QUALITY, lgwin: C.BROTLI_DEFAULT_WINDOW,
    };
    if (brotli) {
      var params = opts.params || {};
      Object.keys(params).forEach(function (key) {
        var k = Number(key);
        if (!(k >= 0 && k <= C.BROTLI_PARAM_NDIRECT) || k !== Math.floor(k)) {
          var e = new RangeError(key + ' is not a valid Brotli parameter');
          e.code = 'ERR_BROTLI_INVALID_PARAM';
          throw e;
        }
        if (typeof params[key] !== 'number') throw typeError('The "options.params[key]" property must be of type number.' + received(params[key]));
      });
      if (params[C.BROTLI_PARAM_QUALITY] !== undefined) s.quality = params[C.BROTLI_PARAM_QUALITY];
      if (params[C.BROTLI_PARAM_LGWIN] !== undefined) s.lgwin = params[C.BROTLI_PARAM_LGWIN];
      return s;
    }
    number(opts, 'windowBits', mode === C.INFLATERAW ? 8 : (mode === C.GUNZIP || mode === C.INFLATE || mode === C.UNZIP ? 0 : 9), C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
    s.level = number(opts, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, C.Z_DEFAULT_COMPRESSION);
    number(opts, 'memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, C.Z_DEFAULT_MEMLEVEL);
    s.strategy = number(opts, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, C.Z_DEFAULT_STRATEGY);
    return s;
  }

  // ZlibBase is the Transform every zlib class is: written chunks go
  // through the Go engine with the stream's flush flag, the end with its
  // finishFlush; output is pushed in chunkSize pieces.
  function ZlibBase(mode, opts) {
    var s = settings(mode, opts);
    var o = Object.assign({}, opts || {});
    if (o.highWaterMark === undefined) o.highWaterMark = s.chunkSize;
    o.objectMode = false;
    o.readableObjectMode = false;
    o.writableObjectMode = false;
    Transform.call(this, o);
    this.bytesWritten = 0;
    this._handle = native.open(mode, s);
    this._chunkSize = s.chunkSize;
    this._defaultFlushFlag = s.flush;
    this._finishFlushFlag = s.finishFlush;
    this._defaultFullFlushFlag = brotliModes[mode] ? C.BROTLI_OPERATION_FLUSH : C.Z_FULL_FLUSH;
    this._maxOutputLength = s.maxOutputLength;
    this._level = s.level;
    this._strategy = s.strategy;
  }
  Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
  Object.setPrototypeOf(ZlibBase, Transform);

  // _run feeds chunk to the engine and pushes what comes out; it returns
  // the error that ended the stream, if any.
  ZlibBase.prototype._run = function (chunk, flush, end) {
    if (!this._handle) return null;
    var res = this._handle.write(chunk, flush, end);
    var out = res.out;
    for (var i = 0; i < out.length; i += this._chunkSize) {
      this.push(out.subarray(i, Math.min(out.length, i + this._chunkSize)));
    }
    return res.error || null;
  };

  ZlibBase.prototype._transform = function (chunk, encoding, cb) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    this.bytesWritten += chunk.length;
    var flush = this._pendingFlush !== undefined ? this._pendingFlush : this._defaultFlushFlag;
    this._pendingFlush = undefined;
    cb(this._run(chunk, flush, false));
  };

  ZlibBase.prototype._flush = function (cb) {
    cb(this._run(Buffer.alloc(0), this._finishFlushFlag, true));
  };

  // flush([kind], [callback]) pushes out what the compressor holds.
  ZlibBase.prototype.flush = function (kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
      return;
    }
    if (this.writableEnded) {
      if (callback) this.once('end', callback);
      return;
    }
    var self = this;
    this.write(Buffer.alloc(0), '', function () {
      var err = self._run(Buffer.alloc(0), kind, false);
      if (err) self.destroy(err);
      if (callback) callback();
    });
  };

  ZlibBase.prototype.params = function (level, strategy, callback) {
    this._level = level;
    this._strategy = strategy;
    if (callback) process.nextTick(callback);
  };

  ZlibBase.prototype.reset = function () {};

  ZlibBase.prototype.close = function (callback) {
    if (callback) this.once('close', callback);
    this.destroy();
  };

  ZlibBase.prototype._destroy = function (err, cb) {
    if (this._handle) this._handle.close();
    this._handle = null;
    cb(err);
  };

  var exportsObj = {};
  var kinds = [
    ['Deflate', C.DEFLATE, 'deflate'],
    ['Inflate', C.INFLATE, 'inflate'],
    ['Gzip', C.GZIP, 'gzip'],
    ['Gunzip', C.GUNZIP, 'gunzip'],
    ['DeflateRaw', C.DEFLATERAW, 'deflateRaw'],
    ['InflateRaw', C.INFLATERAW, 'inflateRaw'],
    ['Unzip', C.UNZIP, 'unzip'],
    ['BrotliCompress', C.BROTLI_ENCODE, 'brotliCompress'],
    ['BrotliDecompress', C.BROTLI_DECODE, 'brotliDecompress'],
  ];

  function makeClass(name, mode) {
    var Class = {
      [name]: function (opts) {
        if (!(this instanceof Class)) return new Class(opts);
        ZlibBase.call(this, mode, opts);
      },
    }[name];
    Object.setPrototypeOf(Class.prototype, ZlibBase.prototype);
    Object.setPrototypeOf(Class, ZlibBase);
    return Class;
  }

  function oneShot(mode, buffer, opts) {
    var s = settings(mode, opts);
    return [bytesOf(buffer), s];
  }

  kinds.forEach(function (k) { exportsObj[k[0]] = makeClass(k[0], k[1]); });
  kinds.forEach(function (k) {
    var mode = k[1];
    exportsObj[k[2]] = function (buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      if (typeof callback !== 'function') throw typeError('The "callback" argument must be of type function.' + received(callback));
      var a = oneShot(mode, buffer, opts);
      native.async(mode, a[1], a[0], a[1].maxOutputLength, callback);
    };
    exportsObj[k[2] + 'Sync'] = function (buffer, opts) {
      var a = oneShot(mode, buffer, opts);
      return native.sync(mode, a[1], a[0], a[1].maxOutputLength);
    };
  });
  kinds.forEach(function (k) {
    var Class = exportsObj[k[0]];
    exportsObj['create' + k[0]] = function (opts) { return new Class(opts); };
  });

  var zlib = {
    crc32: function (data, value) {
      if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
        throw typeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.' + received(data));
      }
      if (value === undefined) value = 0;
      if (typeof value !== 'number') throw typeError('The "value" argument must be of type number.' + received(value));
      return native.crc32(data, value);
    },
  };
  var order = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress',
    'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync',
    'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync',
    'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
    'createBrotliCompress', 'createBrotliDecompress'];
  order.forEach(function (name) { zlib[name] = exportsObj[name]; });
  zlib.constants = C;
  var codes = {};
  ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR'].forEach(function (name) {
    codes[name] = C[name];
    codes[C[name]] = name;
  });
  zlib.codes = Object.freeze(codes);
  native.legacyNames.forEach(function (name) {
    Object.defineProperty(zlib, name, { value: C[name], writable: false, enumerable: false, configurable: false });
  });
  return zlib;
}
