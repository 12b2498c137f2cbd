function (native) {
  'use strict';

  // fetch.js is the JavaScript side of two HTTP clients hooks use:
  // the WHATWG fetch of Node 18+ (undici in Node 20) with its globals, and
  // node-fetch 2. It returns a kit whose web(), abort() and formData()
  // build a group of globals each, once per runtime, and whose
  // nodeFetch(features) builds one release of node-fetch. Every exchange
  // goes through native.send; redirects are followed here, one exchange
  // per hop, as the libraries do.

  var toString = Object.prototype.toString;
  var redirectStatuses = [301, 302, 303, 307, 308];

  function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }

  function tag(cls, name) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: name, configurable: true });
  }

  function brand(map, obj) {
    var st = map.get(obj);
    if (st === undefined) throw new TypeError('Illegal invocation');
    return st;
  }

  function isBinary(v) {
    return isObject(v) && (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || toString.call(v) === '[object ArrayBuffer]');
  }

  // node-fetch's test, which also matches Node's own URLSearchParams.
  function isURLSearchParams(obj) {
    if (typeof obj !== 'object' || obj === null || typeof obj.append !== 'function' || typeof obj.delete !== 'function' ||
        typeof obj.get !== 'function' || typeof obj.getAll !== 'function' || typeof obj.has !== 'function' || typeof obj.set !== 'function') {
      return false;
    }
    return (obj.constructor && obj.constructor.name === 'URLSearchParams') || toString.call(obj) === '[object URLSearchParams]' || typeof obj.sort === 'function';
  }

  function byteLength(ab) { return ab ? ab.byteLength : 0; }

  // nodeError is the Error Node's net and dns layers give
  // (httpkit.NetErrorError).
  function nodeError(e) { return native.netError(e); }

  function headerOf(pairs, name) {
    for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === name) return pairs[i][1];
    return null;
  }

  function parseJSON(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(native.jsonError(text) || e.message);
    }
  }

  function describeArg(v) {
    if (v === null) return 'null';
    if (typeof v === 'string') return "type string ('" + v + "')";
    if (typeof v === 'function') return 'function ' + (v.name || '<anonymous>');
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : '[object Object]';
    if (v === undefined) return 'undefined';
    return 'type ' + typeof v + ' (' + String(v) + ')';
  }

  // nodeTypeError is an error of Node's own (ERR_*): its string form
  // names the code, its only own enumerable property.
  function nodeTypeError(code, message, Ctor) {
    var e = new (Ctor || TypeError)(message);
    e.code = code;
    Object.defineProperty(e, 'toString', {
      value: function () { return this.name + ' [' + code + ']: ' + this.message; }, configurable: true, writable: true
    });
    if (typeof e.stack === 'string') {
      Object.defineProperty(e, 'stack', { value: e.stack.replace(/^[^:\n]*/, e.name + ' [' + code + ']'), configurable: true, writable: true });
    }
    return e;
  }

  // needArgs is WebIDL's check of the argument count.
  function needArgs(op, n, got) {
    if (got < n) {
      throw new TypeError(op + ': ' + n + ' argument' + (n > 1 ? 's' : '') + ' required, but ' + (got ? 'only ' : '') + got + ' found.');
    }
  }

  // ---------------------------------------------------------------- abort

  // Signals' internals live here, outside the classes, so that node-fetch
  // can honour an AbortSignal.timeout deadline too.
  var signals = new WeakMap();
  var targets = new WeakMap();
  var abortKit = null;

  function deadlineOf(signal) {
    var st = signals.get(signal);
    if (!st || st.aborted) return 0;
    var d = st.deadline;
    if (st.sources) {
      for (var i = 0; i < st.sources.length; i++) {
        var sd = deadlineOf(st.sources[i]);
        if (sd && (!d || sd < d)) d = sd;
      }
    }
    return d;
  }

  // expire aborts a timeout signal whose time has come (or, with force,
  // whose deadline is at most limit): AbortSignal.timeout has no timer of
  // its own here, so that it does not keep the invocation alive, as an
  // unref'd timer does not keep Node alive.
  function expire(signal, limit) {
    var st = signals.get(signal);
    if (!st || st.aborted) return;
    if (st.sources) for (var i = 0; i < st.sources.length; i++) expire(st.sources[i], limit);
    if (!st.aborted && st.deadline && st.deadline <= (limit || Date.now())) {
      abortSignal(signal, abortKit.timeoutReason());
    }
  }

  function remainingMs(signal) {
    var d = deadlineOf(signal);
    return d ? Math.max(d - Date.now(), 1) : 0;
  }

  function abortSignal(signal, reason) {
    var st = signals.get(signal);
    if (st.aborted) return;
    st.aborted = true;
    st.reason = reason;
    dispatch(signal, abortKit.event('abort', signal));
  }

  function listenersOf(target) {
    var list = targets.get(target);
    if (!list) throw new TypeError('Illegal invocation');
    return list;
  }

  function addListener(target, type, fn, once) {
    var entry = { type: type, fn: fn, once: !!once, removed: false };
    listenersOf(target).push(entry);
    return entry;
  }

  function removeEntry(target, entry) {
    var list = listenersOf(target);
    var i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
    entry.removed = true;
  }

  // dispatch calls each listener of the event's type in order; a listener
  // that throws does not stop the others, and the first error is rethrown
  // afterwards, where Node would report it as uncaught.
  function dispatch(target, event) {
    var list = listenersOf(target).slice();
    var failed = false, failure;
    var es = abortKit.eventState(event);
    es.target = target;
    for (var i = 0; i < list.length && !es.stopped; i++) {
      var entry = list[i];
      if (entry.removed || entry.type !== es.type) continue;
      if (entry.once) removeEntry(target, entry);
      es.currentTarget = target;
      try {
        if (typeof entry.fn === 'function') entry.fn.call(target, event);
        else if (entry.fn && typeof entry.fn.handleEvent === 'function') entry.fn.handleEvent(event);
      } catch (e) {
        if (!failed) { failed = true; failure = e; }
      }
    }
    es.currentTarget = null;
    if (failed) throw failure;
    return !es.defaultPrevented;
  }

  function makeAbort() {
    var domCodes = {
      IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
      NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
      SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
      TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
      QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25
    };
    var domNames = new WeakMap();

    class DOMException extends Error {
      constructor(message, options) {
        super(message === undefined ? '' : String(message));
        var name = 'Error';
        if (isObject(options)) {
          if ('name' in options) name = String(options.name);
          if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
        } else if (options !== undefined) {
          name = String(options);
        }
        domNames.set(this, name);
      }
      get name() { return brand(domNames, this); }
      get code() { return domCodes[brand(domNames, this)] || 0; }
    }
    tag(DOMException, 'DOMException');
    // The legacy code constants, on the class and its prototype as in
    // Node (there read-only).
    var legacyCodes = {
      INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
      INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
      NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
      INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
      TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
      QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25
    };
    Object.assign(DOMException, legacyCodes);
    Object.assign(DOMException.prototype, legacyCodes);

    var eventStates = new WeakMap();
    class Event {
      constructor(type, init) {
        if (arguments.length === 0) throw nodeTypeError('ERR_MISSING_ARGS', 'The "type" argument must be specified');
        eventStates.set(this, {
          type: String(type), target: null, currentTarget: null, stopped: false, defaultPrevented: false,
          cancelable: !!(init && init.cancelable), bubbles: !!(init && init.bubbles), trusted: false, timeStamp: Date.now()
        });
      }
      get type() { return brand(eventStates, this).type; }
      get target() { return brand(eventStates, this).target; }
      get currentTarget() { return brand(eventStates, this).currentTarget; }
      get srcElement() { return brand(eventStates, this).target; }
      get isTrusted() { return brand(eventStates, this).trusted; }
      get cancelable() { return brand(eventStates, this).cancelable; }
      get bubbles() { return brand(eventStates, this).bubbles; }
      get composed() { return false; }
      get eventPhase() { return brand(eventStates, this).currentTarget ? 2 : 0; }
      get defaultPrevented() { var s = brand(eventStates, this); return s.cancelable && s.defaultPrevented; }
      get timeStamp() { return brand(eventStates, this).timeStamp; }
      get returnValue() { return !this.defaultPrevented; }
      get cancelBubble() { return brand(eventStates, this).stopped; }
      composedPath() { var s = brand(eventStates, this); return s.currentTarget ? [s.currentTarget] : []; }
      preventDefault() { brand(eventStates, this).defaultPrevented = true; }
      stopPropagation() { brand(eventStates, this).stopped = true; }
      stopImmediatePropagation() { brand(eventStates, this).stopped = true; }
    }
    tag(Event, 'Event');

    class EventTarget {
      constructor() { targets.set(this, []); }
      addEventListener(type, listener, options) {
        var list = listenersOf(this);
        if (listener === null || listener === undefined) return;
        type = String(type);
        var once = isObject(options) && !!options.once;
        for (var i = 0; i < list.length; i++) if (list[i].type === type && list[i].fn === listener && !list[i].handler) return;
        var entry = addListener(this, type, listener, once);
        var self = this;
        if (isObject(options) && signals.has(options.signal)) {
          options.signal.addEventListener('abort', function () { removeEntry(self, entry); }, { once: true });
        }
      }
      removeEventListener(type, listener) {
        var list = listenersOf(this);
        type = String(type);
        for (var i = 0; i < list.length; i++) {
          if (list[i].type === type && list[i].fn === listener && !list[i].handler) { removeEntry(this, list[i]); return; }
        }
      }
      dispatchEvent(event) {
        if (!eventStates.has(event)) throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "event" argument must be an instance of Event. Received ' + describeArg(event));
        return dispatch(this, event);
      }
    }
    tag(EventTarget, 'EventTarget');

    class AbortSignal extends EventTarget {
      constructor() {
        throw nodeTypeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
      }
      get aborted() { var st = brand(signals, this); expire(this); return st.aborted; }
      get reason() { var st = brand(signals, this); expire(this); return st.reason; }
      get onabort() { var st = brand(signals, this); return st.handler ? st.handler.fn : null; }
      set onabort(fn) {
        var st = brand(signals, this);
        if (typeof fn !== 'function' && !isObject(fn)) fn = null;
        if (fn === null) {
          if (st.handler) { removeEntry(this, st.handler); st.handler = null; }
        } else if (st.handler) {
          st.handler.fn = fn;
        } else {
          st.handler = addListener(this, 'abort', fn, false);
          st.handler.handler = true;
        }
      }
      throwIfAborted() {
        if (this.aborted) throw brand(signals, this).reason;
      }
      static abort(reason) {
        var s = createSignal();
        abortSignal(s, reason === undefined ? abortReason() : reason);
        return s;
      }
      static timeout(delay) {
        if (typeof delay !== 'number') {
          throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "delay" argument must be of type number. Received ' + describeArg(delay));
        }
        if (!Number.isInteger(delay)) {
          throw nodeTypeError('ERR_OUT_OF_RANGE', 'The value of "delay" is out of range. It must be an integer. Received ' + delay, RangeError);
        }
        if (delay < 0 || delay > 4294967295) {
          throw nodeTypeError('ERR_OUT_OF_RANGE', 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ' + delay, RangeError);
        }
        var s = createSignal();
        signals.get(s).deadline = Date.now() + delay;
        return s;
      }
      static any(list) {
        var sources = Array.from(list);
        sources.forEach(function (s, i) {
          if (!signals.has(s)) {
            throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "signals[' + i + ']" argument must be an instance of AbortSignal. Received ' + describeArg(s));
          }
        });
        return follow(sources);
      }
    }
    tag(AbortSignal, 'AbortSignal');

    function createSignal() {
      var s = Object.create(AbortSignal.prototype);
      targets.set(s, []);
      signals.set(s, { aborted: false, reason: undefined, handler: null, deadline: 0, sources: null });
      return s;
    }

    // follow returns a signal that aborts when any of sources does.
    function follow(sources) {
      var s = createSignal();
      for (var i = 0; i < sources.length; i++) {
        var src = sources[i];
        if (src.aborted) { abortSignal(s, src.reason); return s; }
      }
      signals.get(s).sources = sources;
      sources.forEach(function (src) {
        addListener(src, 'abort', function () { abortSignal(s, signals.get(src).reason); }, true);
      });
      return s;
    }

    var controllers = new WeakMap();
    class AbortController {
      constructor() { controllers.set(this, createSignal()); }
      get signal() { return brand(controllers, this); }
      abort(reason) { abortSignal(brand(controllers, this), reason === undefined ? abortReason() : reason); }
    }
    tag(AbortController, 'AbortController');

    function abortReason() { return new DOMException('This operation was aborted', 'AbortError'); }

    return {
      DOMException: DOMException, Event: Event, EventTarget: EventTarget, AbortSignal: AbortSignal,
      AbortController: AbortController, createSignal: createSignal, follow: follow, abortReason: abortReason,
      timeoutReason: function () { return new DOMException('The operation was aborted due to timeout', 'TimeoutError'); },
      event: function (type, target) {
        var e = new Event(type);
        var es = eventStates.get(e);
        es.trusted = true;
        es.target = target;
        return e;
      },
      eventState: function (e) { return eventStates.get(e); }
    };
  }

  function abortClasses() { return abortKit || (abortKit = makeAbort()); }

  // ---------------------------------------------------------------- FormData

  // forms holds every FormData's entries; fetch recognises a FormData body
  // by it, whether or not the class was ever built.
  var forms = new WeakMap();
  var FormDataClass = null;

  function makeFormData() {
    function formEntry(name, value) { return [String(name), String(value)]; }
    class FormData {
      constructor(form) {
        if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
        forms.set(this, []);
      }
      append(name, value) { needArgs('FormData.append', 2, arguments.length); brand(forms, this).push(formEntry(name, value)); }
      set(name, value) {
        var list = brand(forms, this);
        needArgs('FormData.set', 2, arguments.length);
        var entry = formEntry(name, value);
        var i = list.findIndex(function (e) { return e[0] === entry[0]; });
        if (i < 0) { list.push(entry); return; }
        list[i] = entry;
        forms.set(this, list.filter(function (e, j) { return j <= i || e[0] !== entry[0]; }));
      }
      delete(name) { needArgs('FormData.delete', 1, arguments.length); name = String(name); forms.set(this, brand(forms, this).filter(function (e) { return e[0] !== name; })); }
      get(name) {
        needArgs('FormData.get', 1, arguments.length);
        name = String(name);
        var e = brand(forms, this).find(function (x) { return x[0] === name; });
        return e ? e[1] : null;
      }
      getAll(name) {
        needArgs('FormData.getAll', 1, arguments.length);
        name = String(name);
        return brand(forms, this).filter(function (x) { return x[0] === name; }).map(function (x) { return x[1]; });
      }
      has(name) { needArgs('FormData.has', 1, arguments.length); name = String(name); return brand(forms, this).some(function (x) { return x[0] === name; }); }
      forEach(callback, thisArg) {
        var list = brand(forms, this).slice();
        for (var i = 0; i < list.length; i++) callback.call(thisArg, list[i][1], list[i][0], this);
      }
      keys() { return brand(forms, this).map(function (e) { return e[0]; })[Symbol.iterator](); }
      values() { return brand(forms, this).map(function (e) { return e[1]; })[Symbol.iterator](); }
      entries() { return brand(forms, this).map(function (e) { return [e[0], e[1]]; })[Symbol.iterator](); }
      [Symbol.iterator]() { return this.entries(); }
    }
    tag(FormData, 'FormData');
    return FormData;
  }

  // ---------------------------------------------------------------- web

  var web = null;

  function makeWeb() {

    // ------------------------------------------------------------ Headers

    var headerLists = new WeakMap();
    var tokenRE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

    function byteString(v) {
      v = String(v);
      for (var i = 0; i < v.length; i++) {
        var c = v.charCodeAt(i);
        if (c > 255) {
          throw new TypeError('Cannot convert argument to a ByteString because the character at index ' + i + ' has a value of ' + c + ' which is greater than 255.');
        }
      }
      return v;
    }

    function headerName(op, name) {
      name = byteString(name);
      if (!tokenRE.test(name)) throw new TypeError('Headers.' + op + ': "' + name + '" is an invalid header name.');
      return name.toLowerCase();
    }

    function headerValue(op, value) {
      value = byteString(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
      if (/[\0\r\n]/.test(value)) throw new TypeError('Headers.' + op + ': "' + value + '" is an invalid header value.');
      return value;
    }

    function mutable(st) {
      if (st.guard === 'immutable') throw new TypeError('immutable');
    }

    function appendHeader(st, lower, value) {
      if (lower === 'set-cookie') st.cookies.push(value);
      st.map[lower] = st.map[lower] === undefined ? value : st.map[lower] + ', ' + value;
    }

    function sortedPairs(st) {
      var names = Object.keys(st.map).sort();
      var out = [];
      for (var i = 0; i < names.length; i++) {
        if (names[i] === 'set-cookie') {
          for (var j = 0; j < st.cookies.length; j++) out.push(['set-cookie', st.cookies[j]]);
        } else {
          out.push([names[i], st.map[names[i]]]);
        }
      }
      return out;
    }

    function fillHeaders(st, init) {
      if (init === undefined) return;
      if (!isObject(init)) {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      if (typeof init[Symbol.iterator] === 'function') {
        var pairs = [];
        var i = 0;
        for (var pair of init) {
          if (!isObject(pair) || typeof pair[Symbol.iterator] !== 'function') {
            throw new TypeError('Headers contructor: init[' + i + '] is not iterable.');
          }
          pairs.push(Array.from(pair));
          i++;
        }
        pairs.forEach(function (p) {
          if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
          appendHeader(st, headerName('append', p[0]), headerValue('append', p[1]));
        });
        return;
      }
      Object.keys(init).forEach(function (key) {
        appendHeader(st, headerName('append', key), headerValue('append', init[key]));
      });
    }

    class Headers {
      constructor(init) {
        var st = { map: Object.create(null), cookies: [], guard: 'none' };
        headerLists.set(this, st);
        fillHeaders(st, init);
      }
      append(name, value) {
        var st = brand(headerLists, this);
        needArgs('Headers.append', 2, arguments.length);
        var lower = headerName('append', name);
        value = headerValue('append', value);
        mutable(st);
        appendHeader(st, lower, value);
      }
      set(name, value) {
        var st = brand(headerLists, this);
        needArgs('Headers.set', 2, arguments.length);
        var lower = headerName('set', name);
        value = headerValue('set', value);
        mutable(st);
        st.map[lower] = value;
        if (lower === 'set-cookie') st.cookies = [value];
      }
      delete(name) {
        var st = brand(headerLists, this);
        needArgs('Headers.delete', 1, arguments.length);
        var lower = headerName('delete', name);
        mutable(st);
        delete st.map[lower];
        if (lower === 'set-cookie') st.cookies = [];
      }
      get(name) {
        var st = brand(headerLists, this);
        needArgs('Headers.get', 1, arguments.length);
        var v = st.map[headerName('get', name)];
        return v === undefined ? null : v;
      }
      has(name) {
        var st = brand(headerLists, this);
        needArgs('Headers.has', 1, arguments.length);
        return st.map[headerName('has', name)] !== undefined;
      }
      getSetCookie() { return brand(headerLists, this).cookies.slice(); }
      forEach(callback, thisArg) {
        var st = brand(headerLists, this);
        if (typeof callback !== 'function') {
          throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
        }
        var pairs = sortedPairs(st);
        for (var i = 0; i < pairs.length; i++) callback.call(thisArg, pairs[i][1], pairs[i][0], this);
      }
      keys() { return sortedPairs(brand(headerLists, this)).map(function (p) { return p[0]; })[Symbol.iterator](); }
      values() { return sortedPairs(brand(headerLists, this)).map(function (p) { return p[1]; })[Symbol.iterator](); }
      entries() { return sortedPairs(brand(headerLists, this))[Symbol.iterator](); }
      [Symbol.iterator]() { return this.entries(); }
    }
    tag(Headers, 'Headers');

    function headersWith(init, guard) {
      var h = new Headers(init);
      headerLists.get(h).guard = guard;
      return h;
    }

    function headersCopy(h, guard) {
      var src = headerLists.get(h);
      var out = new Headers();
      var st = headerLists.get(out);
      Object.keys(src.map).forEach(function (k) { st.map[k] = src.map[k]; });
      st.cookies = src.cookies.slice();
      st.guard = guard;
      return out;
    }


    // multipart is undici's serialization of a FormData, boundary and all.
    function multipart(list) {
      var boundary = '----formdata-undici-0' + String(Math.floor(Math.random() * 1e11)).padStart(11, '0');
      var escape = function (s) { return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22'); };
      var lines = function (s) { return s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n'); };
      var parts = list.map(function (e) {
        return '--' + boundary + '\r\nContent-Disposition: form-data; name="' + escape(lines(e[0])) + '"\r\n\r\n' + lines(e[1]) + '\r\n';
      });
      parts.push('--' + boundary + '--\r\n');
      return { bytes: native.concat(parts), type: 'multipart/form-data; boundary=' + boundary };
    }

    // ------------------------------------------------------------ bodies

    // extractBody is the Fetch standard's "extract a body": the bytes and
    // the Content-Type they imply.
    function extractBody(body) {
      if (typeof body === 'string') return { bytes: native.bytes(body), type: 'text/plain;charset=UTF-8' };
      if (isURLSearchParams(body)) return { bytes: native.bytes(String(body)), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
      if (isBinary(body)) return { bytes: native.bytes(body), type: null };
      if (forms.has(body)) return multipart(forms.get(body));
      return { bytes: native.bytes(String(body)), type: 'text/plain;charset=UTF-8' };
    }

    function bodyOf(bytes) { return { bytes: bytes, used: false, locked: false, stream: null, signal: null, aborted: false }; }

    // consume takes a body's bytes once. A fetched body whose signal
    // aborted before it was read fails as undici's errored stream does,
    // and stays unused.
    function consume(body) {
      if (body && body.signal) expire(body.signal);
      if (body && body.aborted) return Promise.reject(new (abortClasses().DOMException)('The operation was aborted.', 'AbortError'));
      if (body && (body.used || body.locked)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      if (body) used(body);
      return Promise.resolve(body ? body.bytes : null);
    }

    function used(body) {
      body.used = true;
      if (body.release) { body.release(); body.release = null; }
    }

    function readableStream(body) {
      if (body.stream) return body.stream;
      var stream = {
        get locked() { return body.locked; },
        getReader: function () {
          if (body.locked) throw new TypeError('ReadableStream is locked');
          body.locked = true;
          return {
            read: function () {
              if (body.used) return Promise.resolve({ value: undefined, done: true });
              used(body);
              return Promise.resolve({ value: new Uint8Array(native.bytes(body.bytes)), done: false });
            },
            releaseLock: function () { body.locked = false; },
            cancel: function () { used(body); return Promise.resolve(); }
          };
        },
        cancel: function () { used(body); return Promise.resolve(); }
      };
      Object.defineProperty(stream, Symbol.toStringTag, { value: 'ReadableStream' });
      body.stream = stream;
      return stream;
    }

    var bodyMethods = {
      text: function () { return consume(this._body()).then(function (b) { return b ? native.text(b, true) : ''; }); },
      json: function () { return this.text().then(parseJSON); },
      arrayBuffer: function () { return consume(this._body()).then(function (b) { return b ? native.bytes(b) : new ArrayBuffer(0); }); },
      bytes: function () { return this.arrayBuffer().then(function (ab) { return new Uint8Array(ab); }); },
      blob: function () { return Promise.reject(new TypeError('hookemu: Body.blob() is not emulated; use text(), json() or arrayBuffer()')); },
      formData: function () { return Promise.reject(new TypeError('hookemu: Body.formData() is not emulated; use text() or json()')); }
    };

    function mixBody(cls, states) {
      Object.defineProperty(cls.prototype, '_body', { value: function () { return brand(states, this).body; } });
      Object.defineProperty(cls.prototype, 'body', {
        get: function () { var b = brand(states, this).body; return b ? readableStream(b) : null; }, configurable: true
      });
      Object.defineProperty(cls.prototype, 'bodyUsed', {
        get: function () { var b = brand(states, this).body; return !!b && b.used; }, configurable: true
      });
      Object.keys(bodyMethods).forEach(function (name) {
        Object.defineProperty(cls.prototype, name, { value: bodyMethods[name], writable: true, configurable: true });
      });
    }

    // ------------------------------------------------------------ Response

    var responses = new WeakMap();
    var nullBodyStatuses = [101, 103, 204, 205, 304];

    function responseFrom(st) {
      var r = Object.create(Response.prototype);
      responses.set(r, st);
      return r;
    }

    function initResponse(body, init, guard) {
      init = init === undefined || init === null ? {} : init;
      var status = init.status === undefined ? 200 : Number(init.status);
      if (!(status >= 200 && status <= 599)) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      var statusText = init.statusText === undefined ? '' : String(init.statusText);
      if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
      var headers = headersWith(init.headers, guard);
      var st = { type: 'default', status: status, statusText: statusText, headers: headers, urlList: [], body: null };
      if (body !== null && body !== undefined) {
        if (nullBodyStatuses.indexOf(status) >= 0) throw new TypeError('Response constructor: Invalid response status code ' + status);
        var extracted = extractBody(body);
        st.body = bodyOf(extracted.bytes);
        if (extracted.type && !headers.has('content-type')) appendHeader(headerLists.get(headers), 'content-type', extracted.type);
      }
      return st;
    }

    class Response {
      constructor(body, init) {
        responses.set(this, initResponse(body === undefined ? null : body, init, 'response'));
      }
      get type() { return brand(responses, this).type; }
      get url() { var l = brand(responses, this).urlList; return l.length ? l[l.length - 1].split('#')[0] : ''; }
      get redirected() { return brand(responses, this).urlList.length > 1; }
      get status() { return brand(responses, this).status; }
      get ok() { var s = brand(responses, this).status; return s >= 200 && s <= 299; }
      get statusText() { return brand(responses, this).statusText; }
      get headers() { return brand(responses, this).headers; }
      clone() {
        var st = brand(responses, this);
        if (st.body && (st.body.used || st.body.locked)) throw new TypeError('Response.clone: Body has already been consumed.');
        return responseFrom({
          type: st.type, status: st.status, statusText: st.statusText,
          headers: headersCopy(st.headers, headerLists.get(st.headers).guard), urlList: st.urlList.slice(),
          body: st.body && bodyOf(st.body.bytes)
        });
      }
      static error() {
        return responseFrom({ type: 'error', status: 0, statusText: '', headers: headersWith(undefined, 'immutable'), urlList: [], body: null });
      }
      static json(data, init) {
        var text = JSON.stringify(data);
        if (text === undefined) throw new TypeError('Value is not JSON serializable');
        var st = initResponse(null, init, 'response');
        st.body = bodyOf(native.bytes(text));
        if (!st.headers.has('content-type')) appendHeader(headerLists.get(st.headers), 'content-type', 'application/json');
        return responseFrom(st);
      }
      static redirect(url, status) {
        var u = native.url(String(url));
        if (u === null) throw new TypeError('Failed to parse URL from ' + String(url), { cause: invalidURL(String(url)) });
        status = status === undefined ? 302 : Number(status);
        if (redirectStatuses.indexOf(status) < 0) throw new RangeError('Invalid status code ' + status);
        var st = initResponse(null, { status: status }, 'immutable');
        appendHeader(headerLists.get(st.headers), 'location', u.href);
        return responseFrom(st);
      }
    }
    tag(Response, 'Response');
    mixBody(Response, responses);

    function invalidURL(input) {
      var e = new TypeError('Invalid URL');
      e.code = 'ERR_INVALID_URL';
      e.input = input;
      return e;
    }

    // ------------------------------------------------------------ Request

    var requests = new WeakMap();
    var normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
    var forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
    var warnedPatch = false;

    class Request {
      constructor(input, init) {
        init = init === undefined || init === null ? {} : init;
        var base = requests.get(input);
        var st;
        if (base === undefined) {
          var href = String(input);
          var u = native.url(href);
          if (u === null) throw new TypeError('Failed to parse URL from ' + href, { cause: invalidURL(href) });
          if (u.username || u.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + href);
          st = { method: 'GET', url: u.href, headers: null, body: null, parent: null, signal: null, redirect: 'follow', keepalive: false };
        } else {
          st = {
            method: base.method, url: base.url, headers: base.headers, body: base.body && bodyOf(base.body.bytes),
            parent: base.parent, signal: null, redirect: base.redirect, keepalive: base.keepalive
          };
        }
        if (init.method !== undefined) {
          var m = byteString(init.method);
          if (!tokenRE.test(m)) throw new TypeError("'" + m + "' is not a valid HTTP method.");
          var upper = m.toUpperCase();
          if (forbiddenMethods.indexOf(upper) >= 0) throw new TypeError("'" + m + "' HTTP method is unsupported.");
          if (upper === 'PATCH' && m !== 'PATCH' && !warnedPatch) {
            warnedPatch = true;
            native.warn('[UNDICI-FETCH-patch] Warning: Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.');
          }
          st.method = normalizedMethods.indexOf(upper) >= 0 ? upper : m;
        }
        if (init.redirect !== undefined) {
          var r = String(init.redirect);
          if (['follow', 'manual', 'error'].indexOf(r) < 0) {
            throw new TypeError('Request constructor: ' + r + ' is not an accepted type. Expected one of follow, manual, error.');
          }
          st.redirect = r;
        }
        if (init.keepalive !== undefined) st.keepalive = !!init.keepalive;
        if (init.signal !== undefined) {
          if (init.signal !== null && !signals.has(init.signal)) {
            throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
          }
          st.parent = init.signal;
        }
        st.headers = init.headers !== undefined ? headersWith(init.headers, 'request')
          : (st.headers ? headersCopy(st.headers, 'request') : headersWith(undefined, 'request'));
        var hasBody = (init.body !== undefined && init.body !== null) || (init.body === undefined && st.body !== null);
        if (hasBody && (st.method === 'GET' || st.method === 'HEAD')) {
          throw new TypeError('Request with GET/HEAD method cannot have body.');
        }
        if (init.body !== undefined && init.body !== null) {
          var extracted = extractBody(init.body);
          st.body = bodyOf(extracted.bytes);
          if (extracted.type && !st.headers.has('content-type')) appendHeader(headerLists.get(st.headers), 'content-type', extracted.type);
        } else if (init.body === null) {
          st.body = null;
        }
        requests.set(this, st);
      }
      get method() { return brand(requests, this).method; }
      get url() { return brand(requests, this).url; }
      get headers() { return brand(requests, this).headers; }
      get destination() { brand(requests, this); return ''; }
      get referrer() { brand(requests, this); return 'about:client'; }
      get referrerPolicy() { brand(requests, this); return ''; }
      get mode() { brand(requests, this); return 'cors'; }
      get credentials() { brand(requests, this); return 'same-origin'; }
      get cache() { brand(requests, this); return 'default'; }
      get redirect() { return brand(requests, this).redirect; }
      get integrity() { brand(requests, this); return ''; }
      get keepalive() { return brand(requests, this).keepalive; }
      get isReloadNavigation() { brand(requests, this); return false; }
      get isHistoryNavigation() { brand(requests, this); return false; }
      // signal follows the one the Request was given; it is made on first
      // read, so that a fetch without a signal never builds the classes.
      get signal() {
        var st = brand(requests, this);
        if (!st.signal) st.signal = abortClasses().follow(st.parent ? [st.parent] : []);
        return st.signal;
      }
      get duplex() { brand(requests, this); return 'half'; }
      clone() {
        var st = brand(requests, this);
        if (st.body && (st.body.used || st.body.locked)) throw new TypeError('Request.clone: Body has already been consumed.');
        return new Request(this);
      }
    }
    tag(Request, 'Request');
    mixBody(Request, requests);

    // ------------------------------------------------------------ fetch

    var rejectedHeaders = {
      'transfer-encoding': ['InvalidArgumentError', 'invalid transfer-encoding header', 'UND_ERR_INVALID_ARG'],
      'keep-alive': ['InvalidArgumentError', 'invalid keep-alive header', 'UND_ERR_INVALID_ARG'],
      'upgrade': ['InvalidArgumentError', 'invalid upgrade header', 'UND_ERR_INVALID_ARG'],
      'expect': ['NotSupportedError', 'expect header not supported', 'UND_ERR_NOT_SUPPORTED']
    };

    // undiciError is one of undici's own errors: name and code are own
    // enumerable properties, and message too where undici assigns it.
    function undiciError(spec, enumerableMessage) {
      var e = new Error(enumerableMessage ? undefined : spec[1]);
      e.name = spec[0];
      e.code = spec[2];
      if (enumerableMessage) e.message = spec[1];
      return e;
    }

    // wireHeaders is what undici puts on the wire: the request's headers,
    // then the defaults it adds where they are missing, and the length.
    function wireHeaders(headers, bytes, method, https) {
      var out = [], seen = {};
      var n = byteLength(bytes);
      var pairs = sortedPairs(headerLists.get(headers));
      for (var i = 0; i < pairs.length; i++) {
        var name = pairs[i][0];
        if (name === 'host') continue;
        if (name === 'content-length') {
          if (Number(pairs[i][1]) !== n) {
            return { error: undiciError(['RequestContentLengthMismatchError', 'Request body length does not match content-length header', 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH'], true) };
          }
          continue;
        }
        if (rejectedHeaders[name]) return { error: undiciError(rejectedHeaders[name]) };
        if (name === 'connection' && !/^(close|keep-alive)$/i.test(pairs[i][1])) {
          return { error: undiciError(['InvalidArgumentError', 'invalid connection header', 'UND_ERR_INVALID_ARG']) };
        }
        seen[name] = true;
        out.push(pairs[i]);
      }
      // undici offers brotli over https only.
      [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'],
        ['accept-encoding', https ? 'br, gzip, deflate' : 'gzip, deflate']].forEach(function (d) {
        if (!seen[d[0]]) out.push(d);
      });
      if (method === 'HEAD' && !seen.connection) out.push(['connection', 'close']);
      if (n > 0) out.push(['content-length', String(n)]);
      else if (method === 'POST' || method === 'PUT' || method === 'PATCH') out.push(['content-length', '0']);
      return { headers: out };
    }

    // badPorts are the ports the Fetch standard blocks: undici fails such a
    // request with the cause Error('bad port') before connecting.
    var badPorts = ' 1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 113 115 117 119 123 ' +
      '135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 548 554 556 563 587 601 636 989 990 993 ' +
      '995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000 6566 6665 6666 6667 6668 6669 6679 6697 10080 ';

    function sameOrigin(a, b) {
      var ua = native.url(a), ub = native.url(b);
      return ua !== null && ub !== null && ua.origin === ub.origin;
    }

    function fetch(input) {
      var init = arguments[1];
      return new Promise(function (resolve, reject) {
        var request = new Request(input, init);
        var st = requests.get(request);
        var signal = st.parent;
        if (signal && signal.aborted) { reject(signal.reason); return; }

        var job = { settled: false, abort: null, body: null };
        var listener = signal && addListener(signal, 'abort', function () {
          if (job.body) { job.body.aborted = true; return; }
          if (job.settled) return;
          job.settled = true;
          if (job.abort) job.abort();
          reject(signals.get(signal).reason);
        }, true);
        function release() { if (signal) removeEntry(signal, listener); }
        function settle() { job.settled = true; release(); }
        function fail(cause) { settle(); reject(new TypeError('fetch failed', { cause: cause })); }

        var hop = {
          method: st.method, url: st.url, headers: headersCopy(st.headers, 'request'),
          body: st.body ? st.body.bytes : null, urlList: [st.url], redirects: 0
        };
        if (st.body) st.body.used = true;
        send(hop);

        function send(h) {
          var target = native.url(h.url);
          if (target.protocol !== 'http:' && target.protocol !== 'https:') { fail(new Error('unknown scheme')); return; }
          if (target.port && badPorts.indexOf(' ' + target.port + ' ') >= 0) { fail(new Error('bad port')); return; }
          var wire = wireHeaders(h.headers, h.body, h.method, target.protocol === 'https:');
          if (wire.error) { fail(wire.error); return; }
          job.abort = native.send({
            method: h.method, url: h.url.split('#')[0], headers: wire.headers, body: h.body,
            deadline: signal ? remainingMs(signal) : 0, decode: ['gzip', 'x-gzip', 'deflate', 'br']
          }, function (err, res) {
            job.abort = null;
            if (job.settled) return;
            if (err) {
              if (err.kind === 'deadline') { expire(signal, deadlineOf(signal)); return; }
              fail(err.code === 'ECONNRESET' && !err.syscall ? undiciError(['SocketError', 'other side closed', 'UND_ERR_SOCKET']) : nodeError(err));
              return;
            }
            onResponse(h, res);
          });
        }

        function onResponse(h, res) {
          var location = headerOf(res.headers, 'location');
          if (redirectStatuses.indexOf(res.status) >= 0 && st.redirect !== 'manual' && location !== null) {
            if (st.redirect === 'error') { fail(new Error('unexpected redirect')); return; }
            var next = native.url(location, h.url);
            if (next === null) { fail(invalidURL(location)); return; }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') { fail(new TypeError('URL scheme must be a HTTP(S) scheme')); return; }
            if (h.redirects >= 20) { fail(new Error('redirect count exceeded')); return; }
            var n = {
              method: h.method, url: next.href, headers: headersCopy(h.headers, 'request'), body: h.body,
              urlList: h.urlList.concat([next.href]), redirects: h.redirects + 1
            };
            if (((res.status === 301 || res.status === 302) && h.method === 'POST') ||
                (res.status === 303 && h.method !== 'GET' && h.method !== 'HEAD')) {
              n.method = 'GET';
              n.body = null;
              ['content-encoding', 'content-language', 'content-location', 'content-type'].forEach(function (k) {
                delete headerLists.get(n.headers).map[k];
              });
            }
            if (!sameOrigin(h.url, next.href)) {
              ['authorization', 'proxy-authorization', 'cookie', 'host'].forEach(function (k) {
                delete headerLists.get(n.headers).map[k];
              });
            }
            send(n);
            return;
          }
          var headers = new Headers();
          var hs = headerLists.get(headers);
          res.headers.forEach(function (p) { appendHeader(hs, p[0], p[1]); });
          hs.guard = 'immutable';
          var nullBody = h.method === 'HEAD' || h.method === 'CONNECT' || nullBodyStatuses.indexOf(res.status) >= 0;
          var body = null;
          if (nullBody) {
            settle();
          } else {
            job.settled = true;
            body = job.body = bodyOf(res.body);
            body.signal = signal || null;
            body.release = release;
          }
          var tainted = h.urlList.length > 1 && h.urlList.some(function (u) { return !sameOrigin(u, h.urlList[0]); });
          resolve(responseFrom({
            type: tainted ? 'cors' : 'basic', status: res.status, statusText: res.statusText, headers: headers,
            urlList: h.urlList, body: body
          }));
        }
      });
    }

    return { fetch: fetch, Headers: Headers, Request: Request, Response: Response };
  }

  // ---------------------------------------------------------- node-fetch

  // makeNodeFetch builds require('node-fetch') as release F.version
  // exports it; F holds what changed between releases (features.go).
  function makeNodeFetch(F) {
    var bodies = new WeakMap();
    var responseInternals = new WeakMap();
    var requestInternals = new WeakMap();
    var MAP = new WeakMap();

    function withStack(err, name, message) {
      var stack = new Error(message).stack;
      Object.defineProperty(err, 'stack', {
        value: typeof stack === 'string' ? name + stack.slice(5) : name + ': ' + message,
        writable: true, configurable: true
      });
    }

    function FetchError(message, type, systemError) {
      this.message = message;
      this.type = type;
      if (systemError) this.code = this.errno = systemError.code;
      withStack(this, 'FetchError', message);
    }
    FetchError.prototype = Object.create(Error.prototype);
    FetchError.prototype.constructor = FetchError;
    FetchError.prototype.name = 'FetchError';

    function AbortError(message) {
      this.type = 'aborted';
      this.message = message;
      withStack(this, 'AbortError', message);
    }
    AbortError.prototype = Object.create(Error.prototype);
    AbortError.prototype.constructor = AbortError;
    AbortError.prototype.name = 'AbortError';

    // ------------------------------------------------------------ Headers

    var invalidToken = /[^\^_`a-zA-Z\-0-9!#$%&'*+.|~]/;
    var invalidValue = /[^\t\x20-\x7e\x80-\xff]/;

    function validateName(name) {
      name = '' + name;
      if (invalidToken.test(name) || name === '') throw new TypeError(name + ' is not a legal HTTP header name');
    }
    function validateValue(value) {
      value = '' + value;
      if (invalidValue.test(value)) throw new TypeError(value + ' is not a legal HTTP header value');
    }
    function find(map, name) {
      name = name.toLowerCase();
      for (var key in map) if (key.toLowerCase() === name) return key;
      return undefined;
    }

    function getHeaders(headers, kind) {
      var map = MAP.get(headers);
      return Object.keys(map).sort().map(kind === 'key' ? function (k) { return k.toLowerCase(); }
        : kind === 'value' ? function (k) { return map[k].join(', '); }
          : function (k) { return [k.toLowerCase(), map[k].join(', ')]; });
    }

    class Headers {
      constructor(init) {
        MAP.set(this, Object.create(null));
        if (init instanceof Headers) {
          var raw = init.raw();
          var self = this;
          Object.keys(raw).forEach(function (name) { raw[name].forEach(function (v) { self.append(name, v); }); });
          return;
        }
        if (init === undefined || init === null) return;
        if (typeof init !== 'object') throw new TypeError('Provided initializer must be an object');
        var method = init[Symbol.iterator];
        if (method !== undefined && method !== null) {
          if (typeof method !== 'function') throw new TypeError('Header pairs must be iterable');
          var pairs = [];
          for (var pair of init) {
            if (typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') throw new TypeError('Each header pair must be iterable');
            pairs.push(Array.from(pair));
          }
          for (var i = 0; i < pairs.length; i++) {
            if (pairs[i].length !== 2) throw new TypeError('Each header pair must be a name/value tuple');
            this.append(pairs[i][0], pairs[i][1]);
          }
          return;
        }
        var keys = Object.keys(init);
        for (var j = 0; j < keys.length; j++) this.append(keys[j], init[keys[j]]);
      }
      get(name) {
        name = '' + name;
        validateName(name);
        var map = brand(MAP, this), key = find(map, name);
        return key === undefined ? null : map[key].join(', ');
      }
      forEach(callback, thisArg) {
        var pairs = getHeaders(this), i = 0;
        while (i < pairs.length) {
          callback.call(thisArg, pairs[i][1], pairs[i][0], this);
          pairs = getHeaders(this);
          i++;
        }
      }
      set(name, value) {
        name = '' + name;
        value = '' + value;
        validateName(name);
        validateValue(value);
        var map = brand(MAP, this), key = find(map, name);
        map[key !== undefined ? key : name] = [value];
      }
      append(name, value) {
        name = '' + name;
        value = '' + value;
        validateName(name);
        validateValue(value);
        var map = brand(MAP, this), key = find(map, name);
        if (key !== undefined) map[key].push(value);
        else map[name] = [value];
      }
      has(name) {
        name = '' + name;
        validateName(name);
        return find(brand(MAP, this), name) !== undefined;
      }
      delete(name) {
        name = '' + name;
        validateName(name);
        var map = brand(MAP, this), key = find(map, name);
        if (key !== undefined) delete map[key];
      }
      raw() { return brand(MAP, this); }
      keys() { return getHeaders(this, 'key')[Symbol.iterator](); }
      values() { return getHeaders(this, 'value')[Symbol.iterator](); }
      [Symbol.iterator]() { return getHeaders(this, 'key+value')[Symbol.iterator](); }
    }
    Headers.prototype.entries = Headers.prototype[Symbol.iterator];
    tag(Headers, 'Headers');
    enumerable(Headers.prototype, ['get', 'forEach', 'set', 'append', 'has', 'delete', 'keys', 'values', 'entries']);

    function enumerable(proto, names) {
      names.forEach(function (n) {
        var d = Object.getOwnPropertyDescriptor(proto, n);
        d.enumerable = true;
        Object.defineProperty(proto, n, d);
      });
    }

    // createHeadersLenient builds a response's Headers from Node's
    // message headers, skipping what HTTP's grammar does not allow.
    function createHeadersLenient(obj) {
      var headers = new Headers();
      var map = MAP.get(headers);
      Object.keys(obj).forEach(function (name) {
        if (invalidToken.test(name)) return;
        if (Array.isArray(obj[name])) {
          obj[name].forEach(function (val) {
            if (invalidValue.test(val)) return;
            if (map[name] === undefined) map[name] = [val];
            else map[name].push(val);
          });
        } else if (!invalidValue.test(obj[name])) {
          map[name] = [obj[name]];
        }
      });
      return headers;
    }

    // ------------------------------------------------------------ Body

    function isBuffer(v) {
      var B = typeof Buffer === 'function' ? Buffer : null;
      return !!B && typeof B.isBuffer === 'function' && B.isBuffer(v);
    }

    function Body(body, opts) {
      opts = opts || {};
      var bytes = null;
      if (body === undefined || body === null) bytes = null;
      else if (isURLSearchParams(body)) bytes = native.bytes(body.toString());
      else if (isBinary(body)) bytes = native.bytes(body);
      else if (bodies.has(body)) bytes = bodies.get(body).bytes;
      else bytes = native.bytes(String(body));
      bodies.set(this, { bytes: bytes, disturbed: false, error: null, stream: null });
      this.size = opts.size === undefined ? 0 : opts.size;
      this.timeout = opts.timeout === undefined ? 0 : opts.timeout;
    }

    function consumeBody(self) {
      var st = bodies.get(self);
      if (st.disturbed) return fetch.Promise.reject(new TypeError('body used already for: ' + self.url));
      st.disturbed = true;
      if (st.error) return fetch.Promise.reject(st.error);
      var bytes = st.bytes || new ArrayBuffer(0);
      if (self.size && bytes.byteLength > self.size) {
        return fetch.Promise.reject(new FetchError('content size at ' + self.url + ' over limit: ' + self.size, 'max-size'));
      }
      return fetch.Promise.resolve(bytes);
    }

    // nodeStream stands for the PassThrough node-fetch exposes as
    // res.body: enough of a Readable for code that listens to it.
    function nodeStream(self) {
      var st = bodies.get(self);
      if (st.stream) return st.stream;
      var listeners = {};
      var started = false;
      function emit(ev, arg) { (listeners[ev] || []).slice().forEach(function (fn) { fn(arg); }); }
      function start() {
        if (started) return;
        started = true;
        Promise.resolve().then(function () {
          if (st.disturbed) { emit('end'); return; }
          st.disturbed = true;
          if (st.bytes && st.bytes.byteLength) emit('data', native.buffer(native.bytes(st.bytes)));
          emit('end');
          emit('close');
        });
      }
      var stream = {
        readable: true,
        on: function (ev, fn) { (listeners[ev] || (listeners[ev] = [])).push(fn); if (ev === 'data') start(); return stream; },
        once: function (ev, fn) {
          var wrapped = function (arg) { stream.removeListener(ev, wrapped); fn(arg); };
          return stream.on(ev, wrapped);
        },
        removeListener: function (ev, fn) { listeners[ev] = (listeners[ev] || []).filter(function (f) { return f !== fn; }); return stream; },
        resume: function () { start(); return stream; },
        pause: function () { return stream; },
        pipe: function (dest) {
          stream.on('data', function (chunk) { dest.write(chunk); });
          stream.on('end', function () { if (typeof dest.end === 'function') dest.end(); });
          return dest;
        }
      };
      stream.addListener = stream.on;
      stream.off = stream.removeListener;
      st.stream = stream;
      return stream;
    }

    var BodyPrototype = {
      get body() { return bodies.get(this).bytes === null ? null : nodeStream(this); },
      get bodyUsed() { return bodies.get(this).disturbed; },
      arrayBuffer: function () { return consumeBody(this).then(function (b) { return native.bytes(b); }); },
      blob: function () { return fetch.Promise.reject(new TypeError('hookemu: Body.blob() is not emulated; use text(), json(), buffer() or arrayBuffer()')); },
      json: function () {
        var self = this;
        return consumeBody(this).then(function (b) {
          var text = native.text(b, false);
          try {
            return JSON.parse(text);
          } catch (err) {
            return fetch.Promise.reject(new FetchError('invalid json response body at ' + self.url + ' reason: ' + (native.jsonError(text) || err.message), 'invalid-json'));
          }
        });
      },
      text: function () { return consumeBody(this).then(function (b) { return native.text(b, false); }); },
      buffer: function () { return consumeBody(this).then(function (b) { return native.buffer(native.bytes(b)); }); },
      textConverted: function () { return this.text(); }
    };
    function mixIn(proto) {
      Object.getOwnPropertyNames(BodyPrototype).forEach(function (name) {
        if (!(name in proto)) {
          Object.defineProperty(proto, name, Object.getOwnPropertyDescriptor(BodyPrototype, name));
        }
      });
    }

    function extractContentType(body) {
      if (body === null || body === undefined) return null;
      if (typeof body === 'string') return 'text/plain;charset=UTF-8';
      if (isURLSearchParams(body)) return 'application/x-www-form-urlencoded;charset=UTF-8';
      if (isBinary(body) || bodies.has(body)) return null;
      if (body && typeof body.getBoundary === 'function') return 'multipart/form-data;boundary=' + body.getBoundary();
      return 'text/plain;charset=UTF-8';
    }

    // ------------------------------------------------------------ Response

    class Response {
      constructor(body, opts) {
        if (body === undefined) body = null;
        opts = opts === undefined ? {} : opts;
        Body.call(this, body, opts);
        var status = opts.status || 200;
        var headers = new Headers(opts.headers);
        if (body !== null && !headers.has('Content-Type')) {
          var contentType = extractContentType(body);
          if (contentType) headers.append('Content-Type', contentType);
        }
        responseInternals.set(this, {
          url: opts.url, status: status, statusText: opts.statusText || native.statusText(status),
          headers: headers, counter: opts.counter
        });
      }
      get url() { return brand(responseInternals, this).url || ''; }
      get status() { return brand(responseInternals, this).status; }
      get ok() { var s = brand(responseInternals, this).status; return s >= 200 && s < 300; }
      get redirected() { return brand(responseInternals, this).counter > 0; }
      get statusText() { return brand(responseInternals, this).statusText; }
      get headers() { return brand(responseInternals, this).headers; }
      clone() {
        if (this.bodyUsed) throw new Error('cannot clone body after it is used');
        return new Response(this, {
          url: this.url, status: this.status, statusText: this.statusText, headers: this.headers,
          ok: this.ok, redirected: this.redirected
        });
      }
    }
    mixIn(Response.prototype);
    enumerable(Response.prototype, ['url', 'status', 'ok', 'redirected', 'statusText', 'headers', 'clone']);
    tag(Response, 'Response');

    // ------------------------------------------------------------ Request

    // parseURL is node-fetch's: a URL with a scheme goes through WHATWG URL
    // from 2.6.3 (which throws for an invalid one), anything else through
    // the legacy url.parse, which never throws.
    function parseURL(input) {
      var u = native.url(input);
      if (u !== null) return { href: u.href, protocol: u.protocol, hostname: u.hostname, wire: F.dropsQuery ? u.href.split('?')[0] : u.href };
      if (F.whatwgURL && /^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(input)) {
        var e = new TypeError('Invalid URL');
        if (F.nodeURLError) {
          e.code = 'ERR_INVALID_URL';
          e.input = input;
        }
        throw e;
      }
      var scheme = /^([a-zA-Z][a-zA-Z\d+\-.]*:)/.exec(input);
      return { href: input, protocol: scheme ? scheme[1].toLowerCase() : null, hostname: null };
    }

    function isAbortSignal(signal) {
      var proto = signal && typeof signal === 'object' && Object.getPrototypeOf(signal);
      return !!(proto && proto.constructor && proto.constructor.name === 'AbortSignal');
    }

    class Request {
      constructor(input, init) {
        init = init === undefined ? {} : init;
        var parsedURL;
        var isReq = requestInternals.has(input);
        if (!isReq) {
          parsedURL = input && input.href ? parseURL(input.href) : parseURL('' + input);
          input = {};
        } else {
          parsedURL = parseURL(input.url);
        }
        var method = (init.method || input.method || 'GET').toUpperCase();
        if ((init.body != null || (isReq && input.body !== null)) && (method === 'GET' || method === 'HEAD')) {
          throw new TypeError('Request with GET/HEAD method cannot have body');
        }
        var inputBody = init.body != null ? init.body : (isReq && input.body !== null ? input : null);
        Body.call(this, inputBody, { timeout: init.timeout || input.timeout || 0, size: init.size || input.size || 0 });
        var headers = new Headers(init.headers || input.headers || {});
        if (inputBody != null && !headers.has('Content-Type')) {
          var contentType = extractContentType(inputBody);
          if (contentType) headers.append('Content-Type', contentType);
        }
        var signal = isReq ? input.signal : null;
        if ('signal' in init) signal = init.signal;
        if (signal != null && !isAbortSignal(signal)) throw new TypeError('Expected signal to be an instanceof AbortSignal');
        requestInternals.set(this, {
          method: method, redirect: init.redirect || input.redirect || 'follow', headers: headers,
          parsedURL: parsedURL, signal: signal
        });
        this.follow = init.follow !== undefined ? init.follow : (input.follow !== undefined ? input.follow : 20);
        this.compress = init.compress !== undefined ? init.compress : (input.compress !== undefined ? input.compress : true);
        this.counter = init.counter || input.counter || 0;
        this.agent = init.agent || input.agent;
      }
      get method() { return brand(requestInternals, this).method; }
      get url() { return brand(requestInternals, this).parsedURL.href; }
      get headers() { return brand(requestInternals, this).headers; }
      get redirect() { return brand(requestInternals, this).redirect; }
      get signal() { return brand(requestInternals, this).signal; }
      clone() { return new Request(this); }
    }
    mixIn(Request.prototype);
    tag(Request, 'Request');
    enumerable(Request.prototype, ['method', 'url', 'headers', 'redirect', 'clone', 'signal']);

    // nodeRequest is getNodeRequestOptions: the checks and the headers
    // node-fetch adds, then the Content-Length Node's http adds itself.
    function nodeRequest(request) {
      var internals = requestInternals.get(request);
      var parsedURL = internals.parsedURL;
      var headers = new Headers(internals.headers);
      if (!headers.has('Accept')) headers.set('Accept', '*/*');
      if (!parsedURL.protocol || !parsedURL.hostname) throw new TypeError('Only absolute URLs are supported');
      if (!/^https?:$/.test(parsedURL.protocol)) throw new TypeError('Only HTTP(S) protocols are supported');
      var bytes = bodies.get(request).bytes;
      var contentLength = null;
      if (bytes === null && /^(POST|PUT)$/i.test(request.method)) contentLength = '0';
      if (bytes !== null) contentLength = String(bytes.byteLength);
      if (contentLength) headers.set('Content-Length', contentLength);
      if (!headers.has('User-Agent')) headers.set('User-Agent', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)');
      if (request.compress && !headers.has('Accept-Encoding')) headers.set('Accept-Encoding', 'gzip,deflate');
      if (F.connectionClose && !headers.has('Connection')) headers.set('Connection', 'close');
      if (!headers.has('Content-Length') && ['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].indexOf(request.method) < 0) {
        headers.set('Content-Length', '0');
      }
      var raw = headers.raw(), pairs = [];
      Object.keys(raw).forEach(function (name) { raw[name].forEach(function (v) { pairs.push([name, v]); }); });
      return { url: parsedURL.wire || parsedURL.href, headers: pairs, body: bytes };
    }

    function hostnameOf(u) { var p = native.url(u); return p ? p.hostname : ''; }
    function protocolOf(u) { var p = native.url(u); return p ? p.protocol : ''; }

    // isDomainOrSubdomain keeps node-fetch's argument order, in which the
    // redirect target is the "original".
    function isDomainOrSubdomain(destination, original) {
      var orig = hostnameOf(original), dest = hostnameOf(destination);
      return orig === dest || (orig[orig.length - dest.length - 1] === '.' && orig.endsWith(dest));
    }

    function resolveLocation(location, base) {
      var u = native.url(location, base);
      if (u !== null) return u.href;
      if (F.invalidRedirect) return undefined;
      return location;
    }

    function fetch(url, opts) {
      return new fetch.Promise(function (resolve, reject) {
        var request = new Request(url, opts);
        var options = nodeRequest(request);
        var signal = request.signal;
        var response = null;
        var settled = false;
        var abortExchange = null;

        function abort() {
          settled = true;
          reject(new AbortError('The user aborted a request.'));
        }
        if (signal && signal.aborted) { abort(); return; }
        function abortAndFinalize() {
          if (settled) return;
          if (abortExchange) abortExchange();
          abort();
          finalize();
        }
        if (signal) signal.addEventListener('abort', abortAndFinalize);
        function finalize() {
          settled = true;
          if (signal) signal.removeEventListener('abort', abortAndFinalize);
        }

        abortExchange = native.send({
          method: request.method, url: options.url, headers: options.headers, body: options.body,
          timeout: request.timeout, deadline: signal ? remainingMs(signal) : 0,
          decode: request.compress ? ['gzip', 'x-gzip', 'deflate', 'x-deflate'] : []
        }, function (err, res) {
          abortExchange = null;
          if (settled) return;
          if (err) {
            if (err.kind === 'deadline') { expire(signal, deadlineOf(signal)); return; }
            if (err.kind === 'timeout') reject(new FetchError('network timeout at: ' + request.url, 'request-timeout'));
            else reject(new FetchError('request to ' + request.url + ' failed, reason: ' + err.message, 'system', err));
            finalize();
            return;
          }
          onResponse(res);
        });

        function onResponse(res) {
          var headers = createHeadersLenient(res.nodeHeaders);
          if (fetch.isRedirect(res.status)) {
            var location = headers.get('Location');
            var locationURL = location === null ? null : resolveLocation(location, request.url);
            if (locationURL === undefined) {
              if (request.redirect !== 'manual') {
                reject(new FetchError('uri requested responds with an invalid redirect URL: ' + location, 'invalid-redirect'));
                finalize();
                return;
              }
              locationURL = null;
            }
            switch (request.redirect) {
              case 'error':
                reject(new FetchError((F.redirectMessage ? 'uri requested responds with a redirect, redirect mode is set to error: '
                  : 'redirect mode is set to error: ') + request.url, 'no-redirect'));
                finalize();
                return;
              case 'manual':
                if (locationURL !== null) headers.set('Location', locationURL);
                break;
              case 'follow':
                if (locationURL === null) break;
                if (request.counter >= request.follow) {
                  reject(new FetchError('maximum redirect reached at: ' + request.url, 'max-redirect'));
                  finalize();
                  return;
                }
                var requestOpts = {
                  headers: new Headers(request.headers), follow: request.follow, counter: request.counter + 1,
                  agent: request.agent, compress: request.compress, method: request.method,
                  body: bodies.get(request).bytes, signal: request.signal, timeout: request.timeout, size: request.size
                };
                if (F.stripCrossOrigin && (!isDomainOrSubdomain(request.url, locationURL) ||
                    (F.sameProtocol && protocolOf(request.url) !== protocolOf(locationURL)))) {
                  ['authorization', 'www-authenticate', 'cookie', 'cookie2'].forEach(function (n) { requestOpts.headers.delete(n); });
                }
                if (res.status === 303 || ((res.status === 301 || res.status === 302) && request.method === 'POST')) {
                  requestOpts.method = 'GET';
                  requestOpts.body = undefined;
                  requestOpts.headers.delete('content-length');
                }
                finalize();
                resolve(fetch(new Request(locationURL, requestOpts)));
                return;
            }
          }
          finalize();
          response = new Response(null, {
            url: request.url, status: res.status, statusText: res.statusText, headers: headers,
            size: request.size, timeout: request.timeout, counter: request.counter
          });
          bodies.get(response).bytes = res.body;
          resolve(response);
        }
      });
    }

    fetch.isRedirect = function (code) { return redirectStatuses.indexOf(code) >= 0; };
    fetch.Promise = Promise;
    Object.defineProperty(fetch, '__esModule', { value: true });
    fetch.default = fetch;
    fetch.Headers = Headers;
    fetch.Request = Request;
    fetch.Response = Response;
    fetch.FetchError = FetchError;
    if (F.exportsAbortError) fetch.AbortError = AbortError;
    return fetch;
  }

  // Each group of globals is built on first use: an Action that only
  // calls fetch pays for neither FormData nor the abort classes.
  return {
    web: function () { return web || (web = makeWeb()); },
    abort: function () {
      var A = abortClasses();
      return {
        AbortController: A.AbortController, AbortSignal: A.AbortSignal, DOMException: A.DOMException,
        Event: A.Event, EventTarget: A.EventTarget
      };
    },
    formData: function () { return { FormData: FormDataClass || (FormDataClass = makeFormData()) }; },
    nodeFetch: makeNodeFetch
  };
}
