  // ------------------------------------------------------------ AssertionError

  function codedError(kind, code, message) { return native.codedError(kind, code, message); }

  function argType(name, expected, value) {
    return codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "' + name + '" argument must be ' + expected + '. ' + native.received(value));
  }

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') throw argType('options', 'of type object', options);
      var message = options.message;
      var operator = options.operator;
      var generated = message == null;
      super(generated ? generatedMessage(options.actual, options.expected, operator) : String(message));
      Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
      this.generatedMessage = generated;
      this.code = 'ERR_ASSERTION';
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
      // The stack begins "AssertionError [ERR_ASSERTION]: ..." as Node's.
      if (typeof this.stack === 'string') {
        Object.defineProperty(this, 'stack', { value: this.stack, enumerable: false, writable: true, configurable: true });
      }
      delete this.name;
    }

    toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    }
  }
  Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });

  function fail(obj) {
    if (obj.message instanceof Error) throw obj.message;
    throw new AssertionError(obj);
  }

  // ------------------------------------------------------------ assert

  function innerOk(argLen, value, message) {
    if (value) return;
    var generated = false;
    if (argLen === 0) {
      generated = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generated = true;
      message = 'The expression evaluated to a falsy value:\n\n  assert.ok(' + native.inspect(value) + ')\n';
    } else if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==' });
    err.generatedMessage = generated;
    throw err;
  }

  function ok() {
    innerOk(arguments.length, arguments[0], arguments[1]);
  }

  function needTwo(args) {
    if (args.length < 2) {
      throw codedError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    }
  }

  function bothNaN(a, b) {
    return typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;
  }

  var assert = function assert() { innerOk(arguments.length, arguments[0], arguments[1]); };

  assert.fail = function fail_(actual, expected, message, operator) {
    var argsLen = arguments.length;
    var internalMessage = false;
    if (argsLen === 0) {
      internalMessage = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      native.warn('DeprecationWarning: assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.');
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    var err = new AssertionError({
      actual: actual, expected: expected, operator: operator === undefined ? 'fail' : operator,
      message: internalMessage || message
    });
    if (internalMessage) err.generatedMessage = true;
    throw err;
  };
  Object.defineProperty(assert.fail, 'name', { value: 'fail' });

  assert.AssertionError = AssertionError;
  assert.ok = function ok() { innerOk(arguments.length, arguments[0], arguments[1]); };

  assert.equal = function equal(actual, expected, message) {
    needTwo(arguments);
    if (actual != expected && !bothNaN(actual, expected)) fail({ actual: actual, expected: expected, message: message, operator: '==' });
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    needTwo(arguments);
    if (actual == expected || bothNaN(actual, expected)) fail({ actual: actual, expected: expected, message: message, operator: '!=' });
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    needTwo(arguments);
    if (!isDeepEqual(actual, expected, false)) fail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    needTwo(arguments);
    if (isDeepEqual(actual, expected, false)) fail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual' });
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    needTwo(arguments);
    if (!isDeepEqual(actual, expected, true)) fail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    needTwo(arguments);
    if (isDeepEqual(actual, expected, true)) fail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual' });
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    needTwo(arguments);
    if (!Object.is(actual, expected)) fail({ actual: actual, expected: expected, message: message, operator: 'strictEqual' });
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    needTwo(arguments);
    if (Object.is(actual, expected)) fail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual' });
  };

  // ------------------------------------------------------------ exceptions

  var NO_EXCEPTION = {};

  function Comparison(obj, keys, actual) {
    var self = this;
    keys.forEach(function (key) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && obj[key] instanceof RegExp && obj[key].exec(actual[key]) !== null) {
          self[key] = actual[key];
        } else {
          self[key] = obj[key];
        }
      }
    });
  }

  function checkErrorArg(error) {
    if (error !== undefined && typeof error !== 'function' && typeof error !== 'object') {
      throw argType('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
  }

  function isError(e) {
    return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
  }

  // expectedException checks a caught error against what throws/rejects
  // were told to expect: a RegExp on its string, an object's keys, a
  // class, or a validation function.
  function expectedException(actual, expected, message, fnName) {
    var generated = false;
    if (typeof expected !== 'function') {
      if (expected instanceof RegExp) {
        var str = String(actual);
        if (expected.exec(str) !== null) return;
        if (!message) {
          generated = true;
          message = 'The input did not match the regular expression ' + native.inspect(expected) + '. Input:\n\n' + native.inspect(str) + '\n';
        }
        throwFor(actual, expected, message, fnName, generated);
      }
      if (typeof actual !== 'object' || actual === null) {
        var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
        err.operator = fnName;
        throw err;
      }
      var keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        throw codedError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'error' may not be an empty object. Received {}");
      }
      keys.forEach(function (key) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].exec(actual[key]) !== null) return;
        if (key in actual && isDeepEqual(actual[key], expected[key], true)) return;
        if (!message) {
          var a = new Comparison(actual, keys);
          var b = new Comparison(expected, keys, actual);
          var e = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
          e.actual = actual;
          e.expected = expected;
          e.operator = fnName;
          throw e;
        }
        throwFor(actual, expected, message, fnName, false);
      });
      return;
    }
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      if (!message) {
        generated = true;
        message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
        message += isError(actual) ? '"' + (actual.constructor && actual.constructor.name) + '"' : '"' + native.inspect(actual, 0) + '"';
        if (actual && actual.message) message += '\n\nError message:\n\n' + actual.message;
      }
      throwFor(actual, expected, message, fnName, generated);
    }
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generated = true;
        var name = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + name + 'validation function is expected to return "true". Received ' + native.inspect(res);
        if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
      }
      throwFor(actual, expected, message, fnName, generated);
    }
  }

  function throwFor(actual, expected, message, operator, generated) {
    var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: operator });
    err.generatedMessage = generated;
    throw err;
  }

  function getActual(fn) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function missing(actual, error, message, fnName, what) {
    if (typeof error === 'string') {
      if (message !== undefined) {
        throw argType('error', 'of type function or an instance of Error, RegExp, or Object', error);
      }
      message = error;
      error = undefined;
    } else {
      checkErrorArg(error);
    }
    if (actual === NO_EXCEPTION) {
      var details = '';
      if (error && error.name) details += ' (' + error.name + ')';
      details += message ? ': ' + message : '.';
      throwFor(undefined, error, 'Missing expected ' + what + details, fnName, false);
    }
    if (error !== undefined) expectedException(actual, error, message, fnName);
  }

  function unwanted(actual, error, message, fnName, what) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || matches(actual, error)) {
      var details = message ? ': ' + message : '.';
      throwFor(actual, error, 'Got unwanted ' + what + details + '\nActual message: "' + (actual && actual.message) + '"', fnName, false);
    }
    throw actual;
  }

  function matches(actual, expected) {
    if (typeof expected !== 'function') {
      if (expected instanceof RegExp) return expected.exec(String(actual)) !== null;
      throw argType('expected', 'of type function or an instance of RegExp', expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, actual) === true;
  }

  assert.throws = function throws(fn, error, message) {
    missing(getActual(fn), error, message, 'throws', 'exception');
  };

  function waitActual(promiseFn) {
    return Promise.resolve().then(function () {
      var p;
      if (typeof promiseFn === 'function') {
        p = promiseFn();
        if (p === null || (typeof p !== 'object' && typeof p !== 'function') || typeof p.then !== 'function') {
          throw codedError('TypeError', 'ERR_INVALID_RETURN_VALUE',
            'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
            native.received(p).replace(/^Received /, '') + '.');
        }
      } else if (promiseFn !== null && typeof promiseFn === 'object' && typeof promiseFn.then === 'function') {
        p = promiseFn;
      } else {
        throw argType('promiseFn', 'of type function or an instance of Promise', promiseFn);
      }
      return p.then(function () { return NO_EXCEPTION; }, function (e) { return e; });
    });
  }

  assert.rejects = function rejects(promiseFn, error, message) {
    return waitActual(promiseFn).then(function (actual) {
      missing(actual, error, message, 'rejects', 'rejection');
    });
  };
  assert.doesNotThrow = function doesNotThrow(fn, error, message) {
    unwanted(getActual(fn), error, message, 'doesNotThrow', 'exception');
  };
  assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
    return waitActual(promiseFn).then(function (actual) {
      unwanted(actual, error, message, 'doesNotReject', 'rejection');
    });
  };

  assert.ifError = function ifError(err) {
    if (err === null || err === undefined) return;
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      message += native.inspect(err);
    }
    var e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message });
    e.generatedMessage = false;
    throw e;
  };

  function internalMatch(string, regexp, message, fnName) {
    if (!(regexp instanceof RegExp)) throw argType('regexp', 'an instance of RegExp', regexp);
    var match = fnName === 'match';
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
      if (message instanceof Error) throw message;
      var generated = !message;
      message = message || (typeof string !== 'string'
        ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + native.inspect(string) + ')'
        : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
          native.inspect(regexp) + '. Input:\n\n' + native.inspect(string) + '\n');
      throwFor(string, regexp, message, fnName, generated);
    }
  }

  assert.match = function match(string, regexp, message) { internalMatch(string, regexp, message, 'match'); };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) { internalMatch(string, regexp, message, 'doesNotMatch'); };

  // ------------------------------------------------------------ strict

  var strict = function strict() { innerOk(arguments.length, arguments[0], arguments[1]); };
  Object.keys(assert).forEach(function (k) { strict[k] = assert[k]; });
  strict.equal = assert.strictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
  strict.strict = strict;
  assert.strict = strict;
  return assert;
