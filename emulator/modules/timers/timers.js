function (native) {
  'use strict';

  // timers re-exports the run's own timer functions; timers/promises
  // builds promises on them. native.timers holds the run's globals.
  var t = native.timers;

  function argType(name, kind, expected, value) {
    return native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "' + name + '" ' + kind + ' must be ' + expected + '. ' + native.received(value));
  }

  function abortError(signal) {
    var e = new Error('The operation was aborted');
    e.code = 'ABORT_ERR';
    e.name = 'AbortError';
    if (signal.reason !== undefined) e.cause = signal.reason;
    return e;
  }

  // checkOptions validates { signal, ref } as Node does; the promise it
  // goes into rejects rather than throwing.
  function checkOptions(options) {
    if (options === null || typeof options !== 'object') return argType('options', 'argument', 'of type object', options);
    var signal = options.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      return argType('options.signal', 'property', 'an instance of AbortSignal', signal);
    }
    if (options.ref !== undefined && typeof options.ref !== 'boolean') {
      return argType('options.ref', 'property', 'of type boolean', options.ref);
    }
    return null;
  }

  function later(schedule, cancel, value, options) {
    if (options === undefined) options = {};
    var invalid = checkOptions(options);
    if (invalid) return Promise.reject(invalid);
    var signal = options.signal;
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise(function (resolve, reject) {
      var onAbort;
      var id = schedule(function () {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      });
      if (signal) {
        onAbort = function () {
          cancel(id);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  function setTimeoutPromise(delay, value, options) {
    return later(function (fn) { return t.setTimeout(fn, delay); }, t.clearTimeout, value, options);
  }

  function setImmediatePromise(value, options) {
    return later(function (fn) { return t.setImmediate(fn); }, t.clearImmediate, value, options);
  }

  // setIntervalPromise is an async iterator that yields value once per
  // interval; ticks that come while nobody waits are counted, not lost.
  function setIntervalPromise(delay, value, options) {
    if (options === undefined) options = {};
    var invalid = checkOptions(options);
    if (invalid) throw invalid;
    var signal = options.signal;
    var pending = 0;
    var waiting = [];
    var done = false;
    var id = null;
    function stop() {
      done = true;
      if (id !== null) t.clearInterval(id);
      if (signal) signal.removeEventListener('abort', onAbort);
    }
    function onAbort() {
      stop();
      while (waiting.length) waiting.shift().reject(abortError(signal));
    }
    if (signal && signal.aborted) {
      done = true;
    } else {
      id = t.setInterval(function () {
        if (waiting.length) waiting.shift().resolve({ value: value, done: false });
        else pending++;
      }, delay);
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    }
    var iterator = {
      next: function () {
        if (signal && signal.aborted) return Promise.reject(abortError(signal));
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (pending > 0) {
          pending--;
          return Promise.resolve({ value: value, done: false });
        }
        return new Promise(function (resolve, reject) { waiting.push({ resolve: resolve, reject: reject }); });
      },
      return: function () {
        stop();
        while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      }
    };
    iterator[Symbol.asyncIterator] = function () { return this; };
    return iterator;
  }

  var promises = {
    setTimeout: setTimeoutPromise,
    setImmediate: setImmediatePromise,
    setInterval: setIntervalPromise,
    scheduler: {
      wait: function wait(delay, options) { return setTimeoutPromise(delay, undefined, options); },
      yield: function yield_() { return setImmediatePromise(); }
    }
  };
  [['setTimeout', setTimeoutPromise], ['setImmediate', setImmediatePromise], ['setInterval', setIntervalPromise]].forEach(function (p) {
    Object.defineProperty(p[1], 'name', { value: p[0] });
  });
  Object.defineProperty(promises.scheduler.yield, 'name', { value: 'yield' });

  var timers = {
    setTimeout: t.setTimeout,
    clearTimeout: t.clearTimeout,
    setImmediate: t.setImmediate,
    clearImmediate: t.clearImmediate,
    setInterval: t.setInterval,
    clearInterval: t.clearInterval,
    promises: promises
  };
  return timers;
}
