function (native) {
  'use strict';
  var EE = native.EventEmitter;
  var Buffer = native.Buffer;

  // ---- shared helpers -------------------------------------------------

  function codedError(kind, code, message) { return native.codedError(kind, code, message); }
  function argTypeError(name, what, value) {
    return codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" ' + (name.indexOf('[') >= 0 ? 'property' : 'argument') + ' must be ' + what + '. ' + native.received(value));
  }
  function prematureClose() { return codedError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); }
  function destroyedError(method) { return codedError('Error', 'ERR_STREAM_DESTROYED', 'Cannot call ' + method + ' after a stream was destroyed'); }
  function multipleCallback() { return codedError('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); }
  function notImplemented(method) { return codedError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + method + ' method is not implemented'); }
  function abortError(reason) {
    var e = new Error('The operation was aborted');
    e.code = 'ABORT_ERR';
    e.name = 'AbortError';
    if (reason !== undefined) e.cause = reason;
    return e;
  }

  // The tick queue: Node runs process.nextTick callbacks before promise
  // callbacks; here they run together in one microtask, in order.
  var ticks = [];
  var tickScheduled = false;
  function nextTick(fn, a, b, c, d) {
    ticks.push({ fn: fn, n: arguments.length - 1, a: a, b: b, c: c, d: d });
    if (!tickScheduled) {
      tickScheduled = true;
      Promise.resolve().then(runTicks);
    }
  }
  // runTick calls a tick's function with exactly the arguments it was
  // given (without apply, which costs goja an arguments array each time).
  function runTick(t) {
    switch (t.n) {
      case 0: t.fn(); break;
      case 1: t.fn(t.a); break;
      case 2: t.fn(t.a, t.b); break;
      case 3: t.fn(t.a, t.b, t.c); break;
      default: t.fn(t.a, t.b, t.c, t.d);
    }
  }
  // A throw in a tick (an 'error' nobody listens to, a listener that
  // fails) is an uncaught exception, as in Node, where it ends the
  // process: the run fails with it, as with a throw in a timer.
  function runTicks() {
    try {
      while (ticks.length > 0) runTick(ticks.shift());
    } catch (err) {
      native.uncaught(err);
    } finally {
      tickScheduled = ticks.length > 0;
      if (tickScheduled) Promise.resolve().then(runTicks);
    }
  }

  function isUint8Array(v) { return v instanceof Uint8Array; }
  function toBuffer(u8) { return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength); }
  function once(fn) {
    var called = false;
    return function () {
      if (called) return;
      called = true;
      return fn.apply(this, arguments);
    };
  }
  function inherit(Child, Parent) {
    Object.setPrototypeOf(Child.prototype, Parent.prototype);
    Object.setPrototypeOf(Child, Parent);
  }

  var defaultHighWaterMark = 16 * 1024;
  var defaultObjectHighWaterMark = 16;
  function highWaterMark(opts, duplexKey, isDuplex, objectMode) {
    var hwm = opts.highWaterMark != null ? opts.highWaterMark : (isDuplex ? opts[duplexKey] : null);
    if (hwm != null) {
      if (typeof hwm !== 'number' || !(hwm >= 0) || hwm !== Math.floor(hwm)) {
        var name = opts.highWaterMark != null ? 'options.highWaterMark' : 'options.' + duplexKey;
        throw codedError('TypeError', 'ERR_INVALID_ARG_VALUE', "The property '" + name + "' is invalid. Received " + String(hwm));
      }
      return hwm;
    }
    return objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark;
  }

  // ---- Stream: the legacy base class ----------------------------------

  function Stream(opts) { EE.call(this, opts); }
  inherit(Stream, EE);

  // Stream.prototype.pipe is the old pipe of streams that are only event
  // emitters ('data', 'end', pause and resume by hand).
  Stream.prototype.pipe = function (dest, options) {
    var source = this;
    function ondata(chunk) {
      if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
    }
    source.on('data', ondata);
    function ondrain() {
      if (source.readable && source.resume) source.resume();
    }
    dest.on('drain', ondrain);
    var didOnEnd = false;
    if (!options || options.end !== false) {
      source.on('end', onend);
      source.on('close', onclose);
    }
    function onend() {
      if (didOnEnd) return;
      didOnEnd = true;
      dest.end();
    }
    function onclose() {
      if (didOnEnd) return;
      didOnEnd = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    }
    function onerror(er) {
      cleanup();
      if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
    }
    prependListener(source, 'error', onerror);
    prependListener(dest, 'error', onerror);
    function cleanup() {
      source.removeListener('data', ondata);
      dest.removeListener('drain', ondrain);
      source.removeListener('end', onend);
      source.removeListener('close', onclose);
      source.removeListener('error', onerror);
      dest.removeListener('error', onerror);
      source.removeListener('end', cleanup);
      source.removeListener('close', cleanup);
      dest.removeListener('close', cleanup);
    }
    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);
    return dest;
  };

  function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
    if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
    else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
    else emitter._events[event] = [fn, emitter._events[event]];
  }

  // ---- destroy, shared by both sides ----------------------------------

  function states(stream) { return [stream._readableState, stream._writableState].filter(Boolean); }

  function destroy(err, cb) {
    var r = this._readableState;
    var w = this._writableState;
    var s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    if (err) {
      err.stack; // eslint-disable-line no-unused-expressions
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
    }
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (!s.constructed) {
      this.once(kDestruct, function (er) { runDestroy(this, err || er, cb); });
    } else {
      runDestroy(this, err, cb);
    }
    return this;
  }

  function runDestroy(stream, err, cb) {
    var called = false;
    function onDestroy(er) {
      if (called) return;
      called = true;
      var r = stream._readableState;
      var w = stream._writableState;
      states(stream).forEach(function (s) { s.closed = true; });
      if (er) {
        er.stack; // eslint-disable-line no-unused-expressions
        if (w && !w.errored) w.errored = er;
        if (r && !r.errored) r.errored = er;
      }
      if (typeof cb === 'function') cb(er);
      if (er) nextTick(emitErrorCloseNT, stream, er);
      else nextTick(emitCloseNT, stream);
    }
    try {
      stream._destroy(err || null, onDestroy);
    } catch (e) {
      onDestroy(e);
    }
  }

  function emitErrorCloseNT(stream, err) {
    emitErrorNT(stream, err);
    emitCloseNT(stream);
  }

  function emitCloseNT(stream) {
    var r = stream._readableState;
    var w = stream._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
  }

  function emitErrorNT(stream, err) {
    var r = stream._readableState;
    var w = stream._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    stream.emit('error', err);
  }

  // errorOrDestroy fails a stream: destroys it when it destroys itself on
  // errors (autoDestroy), else emits the error.
  function errorOrDestroy(stream, err, sync) {
    var r = stream._readableState;
    var w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(err);
    } else if (err) {
      err.stack; // eslint-disable-line no-unused-expressions
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
      if (sync) nextTick(emitErrorNT, stream, err);
      else emitErrorNT(stream, err);
    }
  }

  var kDestruct = typeof Symbol === 'function' ? Symbol('kDestroy') : '__destruct';

  // construct runs the stream's _construct on the next tick; the stream
  // reads and writes once it has called back.
  function construct(stream, cb) {
    if (typeof stream._construct !== 'function') return;
    states(stream).forEach(function (s) { s.constructed = false; });
    nextTick(function () {
      var called = false;
      function onConstruct(err) {
        if (called) {
          errorOrDestroy(stream, multipleCallback());
          return;
        }
        called = true;
        states(stream).forEach(function (s) { s.constructed = true; });
        stream.emit(kDestruct, err);
        if (err) errorOrDestroy(stream, err, true);
        else nextTick(cb);
      }
      try {
        stream._construct(function (err) { nextTick(onConstruct, err); });
      } catch (err) {
        nextTick(onConstruct, err);
      }
    });
  }

  // ---- Readable -------------------------------------------------------

  function ReadableState(options, stream, isDuplex) {
    options = options || {};
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    this.objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
    this.highWaterMark = highWaterMark(options, 'readableHighWaterMark', isDuplex, this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.paused = null;
    this.errorEmitted = false;
    this.emitClose = options.emitClose !== false;
    this.autoDestroy = options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = options.defaultEncoding || 'utf8';
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    if (options.encoding) {
      this.decoder = newDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  function newDecoder(encoding) {
    var StringDecoder = native.StringDecoder();
    return new StringDecoder(encoding);
  }

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    var isDuplex = this instanceof Duplex;
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    var self = this;
    construct(this, function () {
      if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
    });
  }
  inherit(Readable, Stream);

  Readable.ReadableState = ReadableState;
  Readable.prototype.destroy = destroy;
  Readable.prototype._undestroy = function () {
    states(this).forEach(function (s) {
      s.constructed = true;
      s.closed = false;
      s.closeEmitted = false;
      s.destroyed = false;
      s.errored = null;
      s.errorEmitted = false;
      if (s.ended !== undefined && s.endEmitted !== undefined) {
        s.reading = false;
        s.ended = s.readable === false;
        s.endEmitted = s.readable === false;
      } else {
        s.ended = s.writable === false;
        s.ending = s.writable === false;
        s.finalCalled = false;
        s.prefinished = false;
        s.finished = s.writable === false;
      }
    });
  };
  Readable.prototype._destroy = function (err, cb) { cb(err); };
  Readable.prototype._read = function () { throw notImplemented('_read()'); };

  Readable.prototype.push = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, false);
  };
  Readable.prototype.unshift = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, true);
  };

  function readableAddChunk(stream, chunk, encoding, addToFront) {
    var state = stream._readableState;
    var err;
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          if (addToFront && state.encoding) chunk = Buffer.from(chunk, encoding).toString(state.encoding);
          else {
            chunk = Buffer.from(chunk, encoding);
            encoding = '';
          }
        }
      } else if (chunk instanceof Buffer) {
        encoding = '';
      } else if (isUint8Array(chunk)) {
        chunk = toBuffer(chunk);
        encoding = '';
      } else if (chunk != null) {
        err = argTypeError('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
    }
    if (err) {
      errorOrDestroy(stream, err);
      return false;
    }
    if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
      return false;
    }
    if (state.objectMode || (chunk && chunk.length > 0)) {
      if (addToFront) {
        if (state.endEmitted) errorOrDestroy(stream, codedError('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'));
        else if (state.destroyed || state.errored) return false;
        else addChunk(stream, state, chunk, true);
      } else if (state.ended) {
        errorOrDestroy(stream, codedError('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        state.reading = false;
        if (state.decoder && !encoding) {
          chunk = state.decoder.write(chunk);
          if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
          else maybeReadMore(stream, state);
        } else {
          addChunk(stream, state, chunk, false);
        }
      }
    } else if (!addToFront) {
      state.reading = false;
      maybeReadMore(stream, state);
    }
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += state.objectMode ? 1 : chunk.length;
      if (addToFront) state.buffer.unshift(chunk);
      else state.buffer.push(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  Readable.prototype.isPaused = function () {
    var state = this._readableState;
    return state.paused === true || state.flowing === false;
  };

  Readable.prototype.setEncoding = function (enc) {
    var state = this._readableState;
    var decoder = newDecoder(enc);
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    var content = '';
    state.buffer.forEach(function (data) { content += decoder.write(data); });
    state.buffer = content !== '' ? [content] : [];
    state.length = content.length;
    return this;
  };

  var MAX_HWM = 0x40000000;
  function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) {
      throw codedError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be <= 1GiB. Received ' + n);
    }
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    return n + 1;
  }

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (n !== n) {
      if (state.flowing && state.length) return state.buffer[0].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function (n) {
    if (n === undefined) n = NaN;
    else if (typeof n !== 'number' || n !== Math.floor(n)) n = parseInt(n, 10);
    var state = this._readableState;
    var nOrig = n;
    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
    if (n !== 0) state.emittedReadable = false;
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }
    var doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
      doRead = false;
    } else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }
    var ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }
    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  // fromList takes n bytes (or one object) off the buffer.
  function fromList(n, state) {
    if (state.length === 0) return null;
    var buf = state.buffer;
    if (state.objectMode) return buf.shift();
    if (!n || n >= state.length) {
      var all;
      if (state.decoder) all = buf.join('');
      else if (buf.length === 1) all = buf[0];
      else all = Buffer.concat(buf, state.length);
      state.buffer = [];
      return all;
    }
    var first = buf[0];
    if (n < first.length) {
      buf[0] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return buf.shift();
    if (typeof first === 'string') {
      var str = '';
      while (str.length < n) {
        var s = buf[0];
        var need = n - str.length;
        if (s.length <= need) {
          str += s;
          buf.shift();
        } else {
          str += s.slice(0, need);
          buf[0] = s.slice(need);
        }
      }
      return str;
    }
    var out = Buffer.allocUnsafe(n);
    var off = 0;
    while (off < n) {
      var b = buf[0];
      var take = Math.min(b.length, n - off);
      b.copy(out, off, 0, take);
      off += take;
      if (take === b.length) buf.shift();
      else buf[0] = b.slice(take);
    }
    return out;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder) {
      var chunk = state.decoder.end();
      if (chunk && chunk.length) {
        state.buffer.push(chunk);
        state.length += state.objectMode ? 1 : chunk.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadable_(stream);
    }
  }

  function emitReadable(stream) {
    var state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }

  function emitReadable_(stream) {
    var state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }

  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMore_, stream, state);
    }
  }

  function maybeReadMore_(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      var len = state.length;
      stream.read(0);
      if (len === state.length) break;
    }
    state.readingMore = false;
  }

  Readable.prototype.on = function (ev, fn) {
    var res = Stream.prototype.on.call(this, ev, fn);
    var state = this._readableState;
    if (ev === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick(nReadingNextTick, this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function (ev, fn) {
    var res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.removeAllListeners = function (ev) {
    var res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(self) {
    var state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state.paused === false) state.flowing = true;
    else if (self.listenerCount('data') > 0) self.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  function nReadingNextTick(self) { self.read(0); }

  Readable.prototype.resume = function () {
    var state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resume_, this, state);
      }
    }
    state.paused = false;
    return this;
  };

  function resume_(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  Readable.prototype.pause = function () {
    var state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state.paused = true;
    return this;
  };

  function flow(stream) {
    var state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  function endReadable(stream) {
    var state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }

  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      var w = stream._writableState;
      if (state.autoDestroy) {
        var autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
        if (autoDestroy) stream.destroy();
      }
    }
  }

  Readable.prototype.wrap = function (stream) {
    var paused = false;
    var self = this;
    stream.on('data', function (chunk) {
      if (!self.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', function () { self.push(null); });
    stream.on('error', function (err) { errorOrDestroy(self, err); });
    stream.on('close', function () { self.destroy(); });
    stream.on('destroy', function () { self.destroy(); });
    this._read = function () {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    return this;
  };

  // ---- pipe -----------------------------------------------------------

  Readable.prototype.pipe = function (dest, pipeOpts) {
    var src = this;
    var state = this._readableState;
    if (state.pipes.length === 1 && !state.multiAwaitDrain) {
      state.multiAwaitDrain = true;
      state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }
    state.pipes.push(dest);
    var doEnd = !pipeOpts || pipeOpts.end !== false;
    var endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) nextTick(endFn);
    else src.once('end', endFn);
    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() { dest.end(); }
    var ondrain;
    var cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state.multiAwaitDrain = false;
        } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) >= 0) {
          state.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }
    src.on('data', ondata);
    function ondata(chunk) {
      if (dest.write(chunk) === false) pause();
    }
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        var s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    prependListener(dest, 'error', onerror);
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);
    function unpipe() { src.unpipe(dest); }
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) {
      pause();
    } else if (!state.flowing) {
      src.resume();
    }
    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function () {
      var state = src._readableState;
      if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
      else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
      if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
        src.resume();
      }
    };
  }

  Readable.prototype.unpipe = function (dest) {
    var state = this._readableState;
    var unpipeInfo = { hasUnpiped: false };
    if (state.pipes.length === 0) return this;
    if (!dest) {
      var dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    var index = state.pipes.indexOf(dest);
    if (index === -1) return this;
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, unpipeInfo);
    return this;
  };

  // ---- Readable: properties, from, async iteration ---------------------

  function defineGetters(proto, getters) {
    Object.keys(getters).forEach(function (name) {
      var g = getters[name];
      Object.defineProperty(proto, name, typeof g === 'function' ? { get: g, enumerable: false, configurable: true } : Object.assign({ enumerable: false, configurable: true }, g));
    });
  }

  defineGetters(Readable.prototype, {
    readable: {
      get: function () {
        var r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set: function (val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: function () { return this._readableState.dataEmitted; },
    readableAborted: function () {
      var r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
    readableHighWaterMark: function () { return this._readableState.highWaterMark; },
    readableBuffer: function () { return this._readableState && this._readableState.buffer; },
    readableFlowing: {
      get: function () { return this._readableState.flowing; },
      set: function (v) { if (this._readableState) this._readableState.flowing = v; },
    },
    readableLength: function () { return this._readableState.length; },
    readableObjectMode: function () { return this._readableState ? this._readableState.objectMode : false; },
    readableEncoding: function () { return this._readableState ? this._readableState.encoding : null; },
    errored: function () { return this._readableState ? this._readableState.errored : null; },
    closed: function () { return this._readableState ? this._readableState.closed : false; },
    destroyed: {
      get: function () { return this._readableState ? this._readableState.destroyed : false; },
      set: function (v) { if (this._readableState) this._readableState.destroyed = v; },
    },
    readableEnded: function () { return this._readableState ? this._readableState.endEmitted : false; },
  });

  // Readable.from turns an iterable (sync or async; a string or Buffer is
  // one chunk) into a Readable, in object mode unless told otherwise.
  Readable.from = function (iterable, opts) {
    var iterator;
    var isAsync = false;
    if (typeof iterable === 'string' || iterable instanceof Buffer) {
      return new Readable(Object.assign({ objectMode: true }, opts, {
        read: function () {
          this.push(iterable);
          this.push(null);
        },
      }));
    }
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      iterator = iterable[Symbol.iterator]();
    } else {
      throw argTypeError('iterable', 'an instance of Iterable', iterable);
    }
    var readable = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
    var reading = false;
    readable._read = function () {
      if (!reading) {
        reading = true;
        next();
      }
    };
    readable._destroy = function (error, cb) {
      close(error).then(function () { nextTick(cb, error); }, function (e) { nextTick(cb, e || error); });
    };
    function close(error) {
      var hadError = error !== undefined && error !== null;
      var hasThrow = typeof iterator.throw === 'function';
      if (hadError && hasThrow) {
        return Promise.resolve(iterator.throw(error)).then(function (r) {
          if (r && r.done) return undefined;
          return undefined;
        });
      }
      if (typeof iterator.return === 'function') {
        return Promise.resolve(iterator.return()).then(function () {});
      }
      return Promise.resolve();
    }
    function next() {
      var step;
      var p;
      try {
        step = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      p = Promise.resolve(step);
      p.then(function (r) {
        if (r.done) {
          readable.push(null);
          return;
        }
        return Promise.resolve(r.value).then(function (value) {
          if (value === null) {
            reading = false;
            throw codedError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
          }
          if (readable.push(value)) next();
          else reading = false;
        });
      }).catch(function (err) { readable.destroy(err); });
    }
    return readable;
  };

  // Async iteration (for await) reads through 'readable'; breaking out
  // of the loop destroys the stream unless destroyOnReturn is false.
  function createAsyncIterator(stream, options) {
    var destroyOnReturn = !options || options.destroyOnReturn !== false;
    var wake = null;
    var error; // undefined: going; null: ended cleanly; else the error
    var finishedDone = false;
    function onReadable() {
      if (wake) {
        var w = wake;
        wake = null;
        w();
      }
    }
    stream.on('readable', onReadable);
    var cleanupEos = eos(stream, { writable: false }, function (err) {
      error = err ? err : null;
      finishedDone = true;
      onReadable();
    });
    var done = false;
    function finish(err) {
      done = true;
      if ((err || destroyOnReturn) && (err === undefined || stream._readableState.autoDestroy)) {
        stream.destroy(null);
      } else {
        stream.removeListener('readable', onReadable);
        cleanupEos();
      }
    }
    function step() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise(function (resolve, reject) {
        function attempt() {
          var chunk = stream.destroyed ? null : stream.read();
          if (chunk !== null) {
            resolve({ value: chunk, done: false });
          } else if (error) {
            var e = error;
            finish(e);
            reject(e);
          } else if (error === null) {
            finish(null);
            resolve({ value: undefined, done: true });
          } else {
            wake = attempt;
          }
        }
        try {
          attempt();
        } catch (e) {
          finish(e);
          reject(e);
        }
      });
    }
    var queue = Promise.resolve();
    var it = {
      next: function () {
        var p = queue.then(step);
        queue = p.then(function () {}, function () {});
        return p;
      },
      return: function (value) {
        if (!done) {
          var destroyed = destroyOnReturn;
          finish(undefined);
          if (destroyed) {
            return new Promise(function (resolve) {
              eos(stream, { writable: false }, function () { resolve({ value: value, done: true }); });
            });
          }
        }
        return Promise.resolve({ value: value, done: true });
      },
      throw: function (err) {
        finish(err);
        return Promise.reject(err);
      },
    };
    it[Symbol.asyncIterator] = function () { return this; };
    void finishedDone;
    return it;
  }


  // The iterator helpers (toArray, forEach, map, filter) run one chunk at
  // a time: the concurrency option is accepted and not used.
  function eachChunk(stream, fn) {
    var it = createAsyncIterator(stream);
    function step() {
      return it.next().then(function (res) {
        if (res.done) return undefined;
        return Promise.resolve(fn(res.value)).then(function (stop) {
          if (stop === kStop) return it.return();
          return step();
        });
      }).catch(function (err) {
        return Promise.resolve(it.return()).then(function () { throw err; });
      });
    }
    return step();
  }
  var kStop = {};
  function checkFn(fn) {
    if (typeof fn !== 'function') throw argTypeError('fn', 'of type function or an instance of AsyncFunction', fn);
  }
  Readable.prototype.toArray = function () {
    var out = [];
    return eachChunk(this, function (chunk) { out.push(chunk); }).then(function () { return out; });
  };
  Readable.prototype.forEach = function (fn) {
    checkFn(fn);
    return eachChunk(this, function (chunk) { return Promise.resolve(fn(chunk)).then(function () {}); });
  };
  function mapped(source, transform) {
    var it = createAsyncIterator(source);
    var iterable = {};
    iterable[Symbol.asyncIterator] = function () {
      return {
        next: function pull() {
          return it.next().then(function (res) {
            if (res.done) return res;
            return Promise.resolve(transform(res.value)).then(function (r) {
              return r === kStop ? pull() : { value: r, done: false };
            });
          });
        },
        return: function () { return it.return(); },
      };
    };
    return Readable.from(iterable);
  }
  Readable.prototype.map = function (fn) {
    checkFn(fn);
    return mapped(this, function (chunk) { return fn(chunk); });
  };
  Readable.prototype.filter = function (fn) {
    checkFn(fn);
    return mapped(this, function (chunk) {
      return Promise.resolve(fn(chunk)).then(function (keep) { return keep ? chunk : kStop; });
    });
  };

  Readable.prototype[Symbol.asyncIterator] = function () { return createAsyncIterator(this); };
  Readable.prototype.iterator = function (options) { return createAsyncIterator(this, options); };

  // ---- Writable -------------------------------------------------------

  function WritableState(options, stream, isDuplex) {
    options = options || {};
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    this.objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
    this.highWaterMark = highWaterMark(options, 'writableHighWaterMark', isDuplex, this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = options.decodeStrings !== false;
    this.defaultEncoding = options.defaultEncoding || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = options.emitClose !== false;
    this.autoDestroy = options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.onFinished = [];
    var self = this;
    this.onwrite = function (er) { onwrite(stream, self, er); };
  }

  WritableState.prototype.getBuffer = function () { return this.buffered.slice(this.bufferedIndex); };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get: function () { return this.buffered.length - this.bufferedIndex; },
  });

  function Writable(options) {
    var isDuplex = this instanceof Duplex;
    if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    var self = this;
    construct(this, function () {
      var state = self._writableState;
      if (!state.writing) clearBuffer(self, state);
      finishMaybe(self, state);
    });
  }
  inherit(Writable, Stream);
  Writable.WritableState = WritableState;

  Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (object) {
      if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
      if (this !== Writable) return false;
      return !!(object && object._writableState instanceof WritableState);
    },
  });

  Writable.prototype.pipe = function () {
    errorOrDestroy(this, codedError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  };

  Writable.prototype.write = function (chunk, encoding, cb) {
    var state = this._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = state.defaultEncoding;
    } else {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
        throw codedError('TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
      }
      if (typeof cb !== 'function') cb = nop;
    }
    if (chunk === null) throw codedError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (isUint8Array(chunk)) {
        chunk = toBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw argTypeError('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
    }
    var err;
    if (state.ending) err = codedError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (state.destroyed) err = destroyedError('write');
    if (err) {
      nextTick(cb, err);
      errorOrDestroy(this, err, true);
      return false;
    }
    state.pendingcb++;
    return writeOrBuffer(this, state, chunk, encoding, cb);
  };

  function nop() {}

  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    var len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    // Node 20 measures after the write: one whose callback came at once
    // leaves nothing buffered and asks for no drain.
    var ret = state.length < state.highWaterMark;
    if (!ret) state.needDrain = true;
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(destroyedError('write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }

  function onwrite(stream, state, er) {
    var sync = state.sync;
    var cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, multipleCallback());
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      er.stack; // eslint-disable-line no-unused-expressions
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
      return;
    }
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }

  function afterWriteTick(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
  }

  function afterWrite(stream, state, count, cb) {
    var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    finishMaybe(stream, state);
  }

  // errorBuffer fails every buffered write of a destroyed stream.
  function errorBuffer(state) {
    if (state.writing) return;
    for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
      var b = state.buffered[n];
      var len = state.objectMode ? 1 : b.chunk.length;
      state.length -= len;
      b.callback(state.errored || destroyedError('write'));
    }
    var onfinishCallbacks = state.onFinished.splice(0);
    for (var i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](state.errored || destroyedError('end'));
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
  }

  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    var buffered = state.buffered;
    var bufferedLength = buffered.length - state.bufferedIndex;
    if (!bufferedLength) return;
    var i = state.bufferedIndex;
    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
      state.pendingcb -= bufferedLength - 1;
      var callbacks = state.allNoop ? nop : null;
      var chunks = buffered.slice(i);
      if (!callbacks) {
        callbacks = function (err) {
          for (var n = 0; n < chunks.length; n++) chunks[n].callback(err);
        };
      }
      var payload = state.allNoop && i === 0 ? buffered : chunks;
      payload.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, payload, '', callbacks);
      state.buffered = [];
      state.bufferedIndex = 0;
      state.allBuffers = true;
      state.allNoop = true;
    } else {
      do {
        var b = buffered[i];
        buffered[i++] = null;
        var len = state.objectMode ? 1 : b.chunk.length;
        doWrite(stream, state, false, len, b.chunk, b.encoding, b.callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) {
        state.buffered = [];
        state.bufferedIndex = 0;
        state.allBuffers = true;
        state.allNoop = true;
      } else if (i > 256) {
        state.buffered = buffered.slice(i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }

  Writable.prototype._write = function (chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
    else throw notImplemented('_write()');
  };
  Writable.prototype._writev = null;

  Writable.prototype.cork = function () { this._writableState.corked++; };
  Writable.prototype.uncork = function () {
    var state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };
  Writable.prototype.setDefaultEncoding = function (encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw codedError('TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  Writable.prototype.end = function (chunk, encoding, cb) {
    var state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    var err;
    if (chunk !== null && chunk !== undefined) {
      var ret = this.write(chunk, encoding);
      if (ret instanceof Error) err = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (err) {
      // the write's own error is reported
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = codedError('Error', 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished');
    } else if (state.destroyed) {
      err = destroyedError('end');
    }
    if (typeof cb === 'function') {
      if (err || state.finished) nextTick(cb, err);
      else state.onFinished.push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
      !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
      !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    var called = false;
    function onFinish(err) {
      if (called) {
        errorOrDestroy(stream, multipleCallback());
        return;
      }
      called = true;
      state.pendingcb--;
      if (err) {
        var fns = state.onFinished.splice(0);
        for (var i = 0; i < fns.length; i++) fns[i](err);
        errorOrDestroy(stream, err, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (err) {
      onFinish(err);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick(function () {
            if (needFinish(state)) finish(stream, state);
            else state.pendingcb--;
          });
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    var fns = state.onFinished.splice(0);
    for (var i = 0; i < fns.length; i++) fns[i]();
    stream.emit('finish');
    if (state.autoDestroy) {
      var r = stream._readableState;
      var autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
      if (autoDestroy) stream.destroy();
    }
  }

  defineGetters(Writable.prototype, {
    closed: function () { return this._writableState ? this._writableState.closed : false; },
    destroyed: {
      get: function () { return this._writableState ? this._writableState.destroyed : false; },
      set: function (v) { if (this._writableState) this._writableState.destroyed = v; },
    },
    writable: {
      get: function () {
        var w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      },
      set: function (val) { if (this._writableState) this._writableState.writable = !!val; },
    },
    writableFinished: function () { return this._writableState ? this._writableState.finished : false; },
    writableObjectMode: function () { return this._writableState ? this._writableState.objectMode : false; },
    writableBuffer: function () { return this._writableState && this._writableState.getBuffer(); },
    writableEnded: function () { return this._writableState ? this._writableState.ending : false; },
    writableNeedDrain: function () {
      var w = this._writableState;
      return w ? !w.destroyed && !w.ending && w.needDrain : false;
    },
    writableHighWaterMark: function () { return this._writableState && this._writableState.highWaterMark; },
    writableCorked: function () { return this._writableState ? this._writableState.corked : 0; },
    writableLength: function () { return this._writableState && this._writableState.length; },
    errored: function () { return this._writableState ? this._writableState.errored : null; },
    writableAborted: function () {
      var w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  });

  Writable.prototype.destroy = function (err, cb) {
    var state = this._writableState;
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
      nextTick(errorBuffer, state);
    }
    destroy.call(this, err, cb);
    return this;
  };
  Writable.prototype._undestroy = Readable.prototype._undestroy;
  Writable.prototype._destroy = function (err, cb) { cb(err); };

  // ---- Duplex, Transform, PassThrough ----------------------------------

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    this._readableState = new ReadableState(options, this, true);
    this._writableState = new WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
      ['read', 'write', 'writev', 'final', 'destroy', 'construct'].forEach(function (k) {
        if (typeof options[k] === 'function') this['_' + k] = options[k];
      }, this);
      if (options.signal) addAbortSignal(options.signal, this);
    } else {
      this.allowHalfOpen = true;
    }
    Stream.call(this, options);
    var self = this;
    construct(this, function () {
      var w = self._writableState;
      if (!w.writing) clearBuffer(self, w);
      finishMaybe(self, w);
      if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
    });
    if (!this.allowHalfOpen) this.once('end', onDuplexEnd);
  }
  inherit(Duplex, Readable);
  Object.getOwnPropertyNames(Writable.prototype).forEach(function (key) {
    if (key in Duplex.prototype) return;
    if (['closed', 'destroyed', 'errored'].indexOf(key) >= 0) return;
    Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
  });
  Duplex.prototype.destroy = Writable.prototype.destroy;
  defineGetters(Duplex.prototype, {
    destroyed: {
      get: function () {
        var r = this._readableState;
        var w = this._writableState;
        if (!r || !w) return false;
        return r.destroyed && w.destroyed;
      },
      set: function (v) {
        if (this._readableState && this._writableState) {
          this._readableState.destroyed = v;
          this._writableState.destroyed = v;
        }
      },
    },
  });

  function onDuplexEnd() {
    var self = this;
    if (self._writableState.ended) return;
    nextTick(function () { self.end(); });
  }

  var kCallback = typeof Symbol === 'function' ? Symbol('kCallback') : '__kCallback';

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    Duplex.call(this, options);
    this._readableState.sync = false;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', transformPrefinish);
  }
  inherit(Transform, Duplex);

  function transformFinal(cb) {
    var self = this;
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush(function (er, data) {
        if (er) {
          if (cb) cb(er);
          else self.destroy(er);
          return;
        }
        if (data != null) self.push(data);
        self.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  function transformPrefinish() {
    if (this._final !== transformFinal) transformFinal.call(this);
  }

  Transform.prototype._final = transformFinal;
  Transform.prototype._transform = function () { throw notImplemented('_transform()'); };
  Transform.prototype._write = function (chunk, encoding, callback) {
    var rState = this._readableState;
    var wState = this._writableState;
    var length = rState.length;
    var self = this;
    this._transform(chunk, encoding, function (err, val) {
      if (err) {
        callback(err);
        return;
      }
      if (val != null) self.push(val);
      if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
        callback();
      } else {
        self[kCallback] = callback;
      }
    });
  };
  Transform.prototype._read = function () {
    if (this[kCallback]) {
      var callback = this[kCallback];
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  inherit(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

  // ---- finished (end-of-stream) ----------------------------------------

  function isNodeStream(s) {
    return !!(s && (s._readableState || s._writableState ||
      (typeof s.write === 'function' && typeof s.on === 'function') ||
      (typeof s.pipe === 'function' && typeof s.on === 'function')));
  }
  function isReadableNodeStream(s) {
    return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
      (!s._writableState || (s._readableState && s._readableState.readable !== false)) &&
      (!s._writableState || s._readableState));
  }
  function isWritableNodeStream(s) {
    return !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
      (!s._readableState || (s._writableState && s._writableState.writable !== false)));
  }
  function isRequest(s) { return s && s.setHeader && typeof s.abort === 'function'; }

  function eos(stream, options, callback) {
    if (arguments.length === 2) {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw argTypeError('options', 'of type object', options);
    }
    if (typeof callback !== 'function') throw argTypeError('callback', 'of type function', callback);
    if (!isNodeStream(stream)) {
      throw argTypeError('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
    }
    callback = once(callback);
    var readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
    var writable = options.writable != null ? options.writable : isWritableNodeStream(stream);
    var wState = stream._writableState;
    var rState = stream._readableState;
    var onlegacyfinish = function () {
      if (!stream.writable) onfinish();
    };
    var willEmitClose = (wState && wState.autoDestroy && wState.emitClose && wState.closed === false) ||
      (rState && rState.autoDestroy && rState.emitClose && rState.closed === false);
    var writableFinished = !!(wState && wState.finished);
    var readableFinished = !!(rState && rState.endEmitted);
    function onfinish() {
      writableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (!readable || readableFinished) callback.call(stream);
    }
    function onend() {
      readableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (!writable || writableFinished) callback.call(stream);
    }
    function onerror(err) { callback.call(stream, err); }
    var closed = !!((wState && wState.closed) || (rState && rState.closed));
    function onclose() {
      closed = true;
      var errored = (wState && wState.errored) || (rState && rState.errored);
      if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
      if (readable && !readableFinished && isReadableNodeStream(stream)) {
        if (!(rState && rState.endEmitted)) return callback.call(stream, prematureClose());
      }
      if (writable && !writableFinished) {
        if (!(wState && wState.finished)) return callback.call(stream, prematureClose());
      }
      callback.call(stream);
    }
    function onclosed() {
      closed = true;
      var errored = (wState && wState.errored) || (rState && rState.errored);
      if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
      callback.call(stream);
    }
    function onrequest() { stream.req.on('finish', onfinish); }
    if (isRequest(stream)) {
      stream.on('complete', onfinish);
      if (!willEmitClose) stream.on('abort', onclose);
      if (stream.req) onrequest();
      else stream.on('request', onrequest);
    } else if (writable && !wState) {
      stream.on('end', onlegacyfinish);
      stream.on('close', onlegacyfinish);
    }
    if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);
    if (closed) {
      nextTick(onclose);
    } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
      if (!willEmitClose) nextTick(onclosed);
    } else if (!readable && (!willEmitClose || stream.readable) && writableFinished) {
      nextTick(onclosed);
    } else if (!writable && (!willEmitClose || stream.writable) && readableFinished) {
      nextTick(onclosed);
    } else if (rState && stream.req && stream.aborted) {
      nextTick(onclosed);
    }
    var cleanup = function () {
      callback = nop;
      stream.removeListener('aborted', onclose);
      stream.removeListener('complete', onfinish);
      stream.removeListener('abort', onclose);
      stream.removeListener('request', onrequest);
      if (stream.req) stream.req.removeListener('finish', onfinish);
      stream.removeListener('end', onlegacyfinish);
      stream.removeListener('close', onlegacyfinish);
      stream.removeListener('finish', onfinish);
      stream.removeListener('end', onend);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };
    if (options.signal && !closed) {
      var abort = function () {
        var endCallback = callback;
        cleanup();
        endCallback.call(stream, abortError(options.signal.reason));
      };
      if (options.signal.aborted) nextTick(abort);
      else {
        options.signal.addEventListener('abort', abort);
        var original = callback;
        callback = once(function () {
          options.signal.removeEventListener('abort', abort);
          original.apply(stream, arguments);
        });
      }
    }
    return cleanup;
  }

  // ---- pipeline ------------------------------------------------------------

  function isIterable(v) {
    return v != null && (typeof v[Symbol.asyncIterator] === 'function' || typeof v[Symbol.iterator] === 'function');
  }

  function destroyer(stream, reading, writing) {
    var finished = false;
    stream.on('close', function () { finished = true; });
    var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
      finished = !err;
    });
    return {
      destroy: function (err) {
        if (finished) return;
        finished = true;
        if (isRequest(stream)) stream.abort();
        else if (typeof stream.destroy === 'function') stream.destroy(err);
        else if (typeof stream.close === 'function') stream.close();
      },
      cleanup: cleanup,
    };
  }

  function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) {
      throw codedError('TypeError', 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
    }
    var outerSignal = opts && opts.signal;
    var lastStreamCleanup = [];
    var error;
    var value;
    var destroys = [];
    var finishCount = 0;
    function finish(err) { finishImpl(err, --finishCount === 0); }
    function finishImpl(err, final) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !final) return;
      while (destroys.length) destroys.shift()(error);
      if (outerSignal) outerSignal.removeEventListener('abort', abort);
      if (final) {
        if (!error) lastStreamCleanup.forEach(function (fn) { fn(); });
        nextTick(callback, error, value);
      }
    }
    function abort() { finishImpl(abortError(outerSignal.reason), true); }
    if (outerSignal) {
      if (outerSignal.aborted) nextTick(abort);
      else outerSignal.addEventListener('abort', abort);
    }
    var ret;
    for (var i = 0; i < streams.length; i++) {
      var stream = streams[i];
      var reading = i < streams.length - 1;
      var writing = i > 0;
      var end = reading || !opts || opts.end !== false;
      var isLastStream = i === streams.length - 1;
      if (isNodeStream(stream)) {
        if (end && isLastStream || !isLastStream) {
          var d = destroyer(stream, reading, writing);
          destroys.push(d.destroy);
          finishCount++;
          (function (s, isLast, dd) {
            var cleanupDone = eos(s, { readable: reading, writable: writing }, function (err) {
              if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && isLast && s._readableState && s._readableState.ended && !s._readableState.errored) {
                // a last stream closed after all was written ends well
              }
              dd.cleanup();
              finish(err);
            });
            if (isLast) lastStreamCleanup.push(cleanupDone);
          })(stream, isLastStream, d);
        }
        if (!isLastStream && isNodeStream(stream) && !stream._readableState && !isReadableNodeStream(stream)) {
          throw codedError('TypeError', 'ERR_INVALID_ARG_VALUE', 'The argument \'streams[' + i + ']\' must be readable.');
        }
      }
      if (i === 0) {
        if (typeof stream === 'function') {
          ret = stream({ signal: outerSignal });
          if (!isIterable(ret)) throw codedError('TypeError', 'ERR_INVALID_RETURN_VALUE', 'Expected Iterable, AsyncIterable or Stream to be returned from the "source" function.');
        } else if (isIterable(stream) || isNodeStream(stream)) {
          ret = stream;
        } else {
          ret = Readable.from(stream);
        }
      } else if (typeof stream === 'function') {
        ret = isNodeStream(ret) ? ret : Readable.from(ret);
        ret = stream(ret, { signal: outerSignal });
        if (reading) {
          if (!isIterable(ret)) throw codedError('TypeError', 'ERR_INVALID_RETURN_VALUE', 'Expected AsyncIterable to be returned from the "transform[' + (i - 1) + ']" function.');
        } else {
          // the destination function returns a promise of the result
          var pt = new PassThrough({ objectMode: true });
          var then = ret && ret.then;
          if (typeof then === 'function') {
            finishCount++;
            then.call(ret, function (val) {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              finish();
            }, function (err) {
              pt.destroy(err);
              finish(err);
            });
          } else if (isIterable(ret)) {
            finishCount++;
            pumpIterable(ret, pt, finish, { end: end });
          } else {
            throw codedError('TypeError', 'ERR_INVALID_RETURN_VALUE', 'Expected AsyncIterable or Promise to be returned from the "destination" function.');
          }
          ret = pt;
          var dpt = destroyer(ret, false, true);
          destroys.push(dpt.destroy);
          if (isLastStream) lastStreamCleanup.push(dpt.cleanup);
        }
      } else if (isNodeStream(stream)) {
        if (isReadableNodeStream(ret)) {
          finishCount += 2;
          pipeStreams(ret, stream, finish, { end: end });
        } else if (isIterable(ret)) {
          finishCount++;
          pumpIterable(ret, stream, finish, { end: end });
        } else {
          throw argTypeError('val', 'an instance of Readable, Iterable, or AsyncIterable', ret);
        }
        ret = stream;
      } else {
        ret = Readable.from(stream);
      }
    }
    return ret;
  }

  function pipeStreams(src, dst, finish, opts) {
    var ended = false;
    dst.on('close', function () {
      if (!ended) finish(prematureClose());
    });
    src.pipe(dst, { end: false });
    if (opts.end) {
      var endFn = function () {
        ended = true;
        dst.end();
      };
      if (src._readableState && src._readableState.endEmitted) nextTick(endFn);
      else src.once('end', endFn);
      eos(dst, { readable: false, writable: true }, finish);
    } else {
      finish();
    }
    eos(src, { readable: true, writable: false }, function (err) {
      var rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
    return eos(dst, { readable: false, writable: true }, function () {});
  }

  function pumpIterable(iterable, writable, finish, opts) {
    var it = typeof iterable[Symbol.asyncIterator] === 'function' ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    var failed = false;
    writable.on('drain', resumeWrites);
    var waiting = null;
    function resumeWrites() {
      if (waiting) {
        var w = waiting;
        waiting = null;
        w();
      }
    }
    var cleanup = eos(writable, { readable: false }, function (err) {
      if (err) failed = err;
      resumeWrites();
    });
    function loop() {
      return Promise.resolve(it.next()).then(function (r) {
        if (failed) throw failed;
        if (r.done) {
          if (opts.end) writable.end();
          return new Promise(function (resolve, reject) {
            eos(writable, { readable: false }, function (err) { if (err) reject(err); else resolve(); });
          });
        }
        return Promise.resolve(r.value).then(function (chunk) {
          if (!writable.write(chunk)) {
            return new Promise(function (resolve) { waiting = resolve; }).then(loop);
          }
          return loop();
        });
      });
    }
    loop().then(function () {
      writable.removeListener('drain', resumeWrites);
      cleanup();
      finish();
    }, function (err) {
      writable.removeListener('drain', resumeWrites);
      cleanup();
      writable.destroy(err);
      finish(err);
      if (typeof it.return === 'function') Promise.resolve(it.return()).catch(nop);
    });
  }

  function popCallback(streams) {
    var cb = streams[streams.length - 1];
    if (typeof cb !== 'function') {
      throw argTypeError('streams[stream.length - 1]', 'of type function', cb);
    }
    return streams.pop();
  }

  function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    var callback = popCallback(streams);
    return pipelineImpl(streams, once(callback));
  }

  // ---- utilities -------------------------------------------------------------

  function addAbortSignal(signal, stream) {
    if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
      throw argTypeError('signal', 'an instance of AbortSignal', signal);
    }
    if (!isNodeStream(stream)) throw argTypeError('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
    var onAbort = function () { stream.destroy(abortError(signal.reason)); };
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener('abort', onAbort);
      eos(stream, function () { signal.removeEventListener('abort', onAbort); });
    }
    return stream;
  }

  // isErrored is true once the stream has emitted its error.
  function isErrored(stream) {
    if (!isNodeStream(stream)) return null;
    return !!((stream._readableState && stream._readableState.errorEmitted) ||
      (stream._writableState && stream._writableState.errorEmitted));
  }

  function isDestroyed(stream) {
    if (!isNodeStream(stream)) return null;
    var w = stream._writableState;
    var r = stream._readableState;
    var s = w || r;
    return !!(stream.destroyed || (s && s.destroyed));
  }

  var promises = {
    pipeline: function () {
      var streams = Array.prototype.slice.call(arguments);
      return new Promise(function (resolve, reject) {
        var opts;
        var last = streams[streams.length - 1];
        if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last)) {
          opts = streams.pop();
        }
        pipelineImpl(streams, function (err, value) {
          if (err) reject(err);
          else resolve(value);
        }, opts);
      });
    },
    finished: function (stream, opts) {
      return new Promise(function (resolve, reject) {
        eos(stream, opts, function (err) {
          if (err) reject(err);
          else resolve();
        });
      });
    },
  };

  // ---- the module -----------------------------------------------------------

  Stream.isDestroyed = isDestroyed;
  Stream.isDisturbed = function (stream) {
    return !!(stream && (stream.readableDidRead || stream.readableAborted));
  };
  Stream.isErrored = isErrored;
  Stream.isReadable = function (stream) {
    if (!isReadableNodeStream(stream)) return null;
    var r = stream._readableState;
    return !!(stream.readable && !(r && r.endEmitted) && !isDestroyed(stream));
  };
  Stream.isWritable = function (stream) {
    if (!isWritableNodeStream(stream)) return null;
    var w = stream._writableState;
    return !!(stream.writable && !(w && w.ended) && !isDestroyed(stream));
  };
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.pipeline = pipeline;
  Stream.addAbortSignal = addAbortSignal;
  Stream.finished = eos;
  Stream.destroy = function (stream, err) {
    if (stream && typeof stream.destroy === 'function') stream.destroy(err);
  };
  Stream.setDefaultHighWaterMark = function (objectMode, value) {
    if (objectMode) defaultObjectHighWaterMark = value;
    else defaultHighWaterMark = value;
  };
  Stream.getDefaultHighWaterMark = function (objectMode) {
    return objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark;
  };
  Object.defineProperty(Stream, 'promises', { value: promises, enumerable: true, configurable: true });
  Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { value: promises.pipeline, enumerable: true });
  Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), { value: promises.finished, enumerable: true });
  Stream.Stream = Stream;
  Stream._isArrayBufferView = ArrayBuffer.isView;
  Stream._isUint8Array = isUint8Array;
  Stream._uint8ArrayToBuffer = toBuffer;
  Object.defineProperty(Stream, 'nextTick', { value: nextTick, enumerable: false });
  return Stream;
}
