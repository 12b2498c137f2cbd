function (native) {
  'use strict';

  // Node's EventEmitter, written from its documented behaviour. The
  // listeners live where packages look for them: this._events is a
  // null-prototype object holding one function, or an array of them, per
  // event; once wrappers carry the original as .listener.

  var kCapture = Symbol('kCapture');
  var kRejection = Symbol.for('nodejs.rejection');
  var errorMonitor = Symbol('events.errorMonitor');
  var defaultMaxListeners = 10;
  var captureRejections = false;

  function codedError(kind, code, message) { return native.codedError(kind, code, message); }

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "listener" argument must be of type function. ' + native.received(listener));
    }
  }

  function validateMax(n, name) {
    if (typeof n !== 'number') {
      throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "' + name + '" argument must be of type number. ' + native.received(n));
    }
    if (n < 0 || n !== n) {
      throw codedError('RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "' + name + '" is out of range. It must be >= 0. Received ' + native.inspect(n));
    }
  }

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts != null && opts.captureRejections !== undefined) {
      if (typeof opts.captureRejections !== 'boolean') {
        throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
          'The "options.captureRejections" property must be of type boolean. ' + native.received(opts.captureRejections));
      }
      this[kCapture] = opts.captureRejections;
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  var proto = EventEmitter.prototype;
  proto._events = undefined;
  proto._eventsCount = 0;
  proto._maxListeners = undefined;
  Object.defineProperty(proto, kCapture, { value: false, writable: true, enumerable: false });

  proto.setMaxListeners = function setMaxListeners(n) {
    validateMax(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  };

  function maxListenersOf(that) {
    return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
  }

  proto.getMaxListeners = function getMaxListeners() {
    return maxListenersOf(this);
  };

  function unhandled(er) {
    if (er instanceof Error) return er;
    var shown;
    try { shown = native.inspect(er); } catch (e) { shown = String(er); }
    var err = codedError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + shown + ')');
    err.context = er;
    return err;
  }

  proto.emit = function emit(type) {
    var args = Array.prototype.slice.call(arguments, 1);
    var doError = type === 'error';
    var events = this._events;
    if (events !== undefined) {
      if (doError && events[errorMonitor] !== undefined) this.emit.apply(this, [errorMonitor].concat(args));
      doError = doError && events.error === undefined;
    } else if (!doError) {
      return false;
    }
    if (doError) throw unhandled(args[0]);
    var handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      call(this, handler, type, args);
    } else {
      var listeners = handler.slice();
      for (var i = 0; i < listeners.length; i++) call(this, listeners[i], type, args);
    }
    return true;
  };

  function call(target, listener, type, args) {
    var result = listener.apply(target, args);
    if (result !== undefined && result !== null && target[kCapture]) captureRejection(target, result, type, args);
  }

  // captureRejection routes a rejected promise returned by a listener to
  // the emitter's Symbol.for('nodejs.rejection') method, or to 'error'.
  function captureRejection(target, result, type, args) {
    var then = result.then;
    if (typeof then !== 'function') return;
    then.call(result, undefined, function (err) {
      Promise.resolve().then(function () {
        if (typeof target[kRejection] === 'function') {
          target[kRejection].apply(target, [err, type].concat(args));
        } else {
          var prev = target[kCapture];
          try {
            target[kCapture] = false;
            target.emit('error', err);
          } finally {
            target[kCapture] = prev;
          }
        }
      });
    });
  }

  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    var events = target._events;
    if (events === undefined) {
      events = target._events = Object.create(null);
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
    }
    var existing = events[type];
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
      return target;
    }
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    var m = maxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      native.warn('MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ' +
        existing.length + ' ' + String(type) + ' listeners added to ' + native.inspect(target, -1) +
        '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
    }
    return target;
  }

  proto.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
  };
  Object.defineProperty(proto.addListener, 'name', { value: 'addListener' });
  proto.on = proto.addListener;

  proto.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };

  function onceWrap(target, type, listener) {
    var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
    var wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      return this.listener.apply(this.target, arguments);
    }
  }

  proto.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
  };

  proto.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  proto.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    var events = this._events;
    if (events === undefined) return this;
    var list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) {
        this._events = Object.create(null);
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
      return this;
    }
    if (typeof list === 'function') return this;
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    return this;
  };
  proto.off = proto.removeListener;

  proto.removeAllListeners = function removeAllListeners(type) {
    var events = this._events;
    if (events === undefined) return this;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      return this;
    }
    if (arguments.length === 0) {
      var keys = Reflect.ownKeys(events);
      for (var k = 0; k < keys.length; k++) {
        if (keys[k] === 'removeListener') continue;
        this.removeAllListeners(keys[k]);
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      return this;
    }
    var listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (var i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  };

  function listenersOf(target, type, unwrap) {
    var events = target._events;
    if (events === undefined) return [];
    var l = events[type];
    if (l === undefined) return [];
    if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
    return unwrap ? l.map(function (f) { return f.listener || f; }) : l.slice();
  }

  proto.listeners = function listeners(type) { return listenersOf(this, type, true); };
  proto.rawListeners = function rawListeners(type) { return listenersOf(this, type, false); };

  function listenerCount(type, listener) {
    var events = this._events;
    if (events === undefined) return 0;
    var l = events[type];
    if (l === undefined) return 0;
    var list = typeof l === 'function' ? [l] : l;
    if (listener == null) return list.length;
    var n = 0;
    for (var i = 0; i < list.length; i++) {
      if (list[i] === listener || list[i].listener === listener) n++;
    }
    return n;
  }
  proto.listenerCount = listenerCount;

  proto.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };

  // ------------------------------------------------------------ statics

  function abortError(signal) {
    var e = new Error('The operation was aborted');
    e.name = 'AbortError';
    e.code = 'ABORT_ERR';
    if (signal && signal.reason !== undefined) e.cause = signal.reason;
    return e;
  }

  function validateSignal(signal) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "options.signal" property must be an instance of AbortSignal. ' + native.received(signal));
    }
  }

  function subscribe(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags.once) emitter.once(name, listener); else emitter.on(name, listener);
      return function () { emitter.removeListener(name, listener); };
    }
    if (typeof emitter.addEventListener === 'function') {
      var wrapped = function (event) { listener(event); };
      emitter.addEventListener(name, wrapped, { once: flags.once });
      return function () { emitter.removeEventListener(name, wrapped); };
    }
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' + native.received(emitter));
  }

  // once resolves with the arguments of the next `name` event, and
  // rejects on an 'error' event first (unless waiting for 'error').
  function once(emitter, name, options) {
    var signal = options == null ? undefined : options.signal;
    validateSignal(signal);
    return new Promise(function (resolve, reject) {
      if (signal && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      var offError = function () {};
      var offAbort = function () {};
      var offEvent = subscribe(emitter, name, function () {
        offError();
        offAbort();
        resolve(Array.prototype.slice.call(arguments));
      }, { once: true });
      if (name !== 'error' && typeof emitter.on === 'function') {
        offError = subscribe(emitter, 'error', function (err) {
          offEvent();
          offAbort();
          reject(err);
        }, { once: true });
      }
      if (signal) {
        var onAbort = function () {
          offEvent();
          offError();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        offAbort = function () { signal.removeEventListener('abort', onAbort); };
      }
    });
  }

  // on is an async iterator over `event`'s arguments; an 'error' event
  // ends it by throwing.
  function on(emitter, event, options) {
    var signal = options == null ? undefined : options.signal;
    validateSignal(signal);
    if (signal && signal.aborted) throw abortError(signal);
    var queued = [];
    var waiting = [];
    var failure = null;
    var done = false;
    function push(args) {
      if (waiting.length) waiting.shift().resolve({ value: args, done: false });
      else queued.push(args);
    }
    function fail(err) {
      done = true;
      cleanup();
      if (waiting.length) waiting.shift().reject(err);
      else failure = err;
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
    }
    var offEvent = subscribe(emitter, event, function () { push(Array.prototype.slice.call(arguments)); }, { once: false });
    var offError = event !== 'error' && typeof emitter.on === 'function'
      ? subscribe(emitter, 'error', fail, { once: false }) : function () {};
    var onAbort = function () { fail(abortError(signal)); };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    function cleanup() {
      offEvent();
      offError();
      if (signal) signal.removeEventListener('abort', onAbort);
    }
    function finish() {
      done = true;
      cleanup();
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    }
    var iterator = {
      next: function () {
        if (queued.length) return Promise.resolve({ value: queued.shift(), done: false });
        if (failure) {
          var err = failure;
          failure = null;
          return Promise.reject(err);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise(function (resolve, reject) { waiting.push({ resolve: resolve, reject: reject }); });
      },
      return: finish,
      throw: function (err) {
        fail(err);
        return Promise.reject(err);
      }
    };
    iterator[Symbol.asyncIterator] = function () { return this; };
    return iterator;
  }

  function getEventListeners(emitter, type) {
    if (typeof emitter.listeners === 'function') return emitter.listeners(type);
    return [];
  }

  function getMaxListeners(emitter) {
    if (typeof emitter.getMaxListeners === 'function') return emitter.getMaxListeners();
    return defaultMaxListeners;
  }

  function setMaxListeners(n) {
    if (n === undefined) n = defaultMaxListeners;
    validateMax(n, 'n');
    var targets = Array.prototype.slice.call(arguments, 1);
    if (targets.length === 0) {
      defaultMaxListeners = n;
      return;
    }
    for (var i = 0; i < targets.length; i++) {
      if (typeof targets[i].setMaxListeners === 'function') targets[i].setMaxListeners(n);
    }
  }

  var statics = [
    ['once', once],
    ['on', on],
    ['getEventListeners', getEventListeners],
    ['getMaxListeners', getMaxListeners],
    ['EventEmitter', EventEmitter],
    ['usingDomains', false],
    ['captureRejectionSymbol', kRejection]
  ];
  statics.forEach(function (s) {
    Object.defineProperty(EventEmitter, s[0], { value: s[1], writable: true, enumerable: true, configurable: true });
  });
  Object.defineProperty(EventEmitter, 'captureRejections', {
    get: function () { return captureRejections; },
    set: function (value) {
      if (typeof value !== 'boolean') {
        throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
          'The "EventEmitter.captureRejections" property must be of type boolean. ' + native.received(value));
      }
      captureRejections = value;
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true, configurable: true
  });
  Object.defineProperty(EventEmitter, 'errorMonitor', { value: errorMonitor, writable: false, enumerable: true, configurable: false });
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    get: function () { return defaultMaxListeners; },
    set: function (n) {
      validateMax(n, 'defaultMaxListeners');
      defaultMaxListeners = n;
    },
    enumerable: true, configurable: true
  });
  Object.defineProperty(EventEmitter, 'setMaxListeners', { value: setMaxListeners, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(EventEmitter, 'init', { enumerable: true });
  Object.defineProperty(EventEmitter, 'listenerCount', {
    value: function (emitter, type) {
      if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
      return listenerCount.call(emitter, type);
    },
    writable: true, enumerable: true, configurable: true
  });
  // Reorder init after setMaxListeners, as Node lists them.
  var init = EventEmitter.init;
  delete EventEmitter.init;
  EventEmitter.init = init;
  var count = EventEmitter.listenerCount;
  delete EventEmitter.listenerCount;
  EventEmitter.listenerCount = count;
  return EventEmitter;
}
