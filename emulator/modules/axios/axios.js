// The axios surface, evaluated in a runtime that requires axios when the
// hook needs more than the native path gives (see surface.go). It
// receives the native bindings: version, features (which release
// behaviours apply), send (the HTTP exchange), base64, and what ties it
// to the native side: rootShell (the exports the hook already holds, to
// decorate), adopt (the defaults the native side already handed out),
// adoptInstance and expose.
//
// The structure follows axios's own: mergeConfig, Axios.prototype.request
// with its interceptor chain, dispatchRequest with its transforms, and the
// Node http adapter. Each piece does what the required release did; a
// comment names the release where behaviour changed. Code used by only some
// releases lives in functions that run only for them, so that requiring
// axios builds no more than it needs.
function (native) {
  'use strict';

  var F = native.features;
  var VERSION = native.version;
  var send = native.send;

  // ---- small helpers, as axios's utils define them ----

  var toStr = Object.prototype.toString;
  var isArray = Array.isArray;

  function kindOf(v) { return toStr.call(v).slice(8, -1); }
  function isUndefined(v) { return typeof v === 'undefined'; }
  function isString(v) { return typeof v === 'string'; }
  function isFunction(v) { return typeof v === 'function'; }
  function isObject(v) { return v !== null && typeof v === 'object'; }
  function isDate(v) { return kindOf(v) === 'Date'; }
  function isArrayBuffer(v) { return kindOf(v) === 'ArrayBuffer'; }
  function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
  function isStream(v) { return isObject(v) && isFunction(v.pipe); }
  function isBlobLike(v) { var k = kindOf(v); return k === 'Blob' || k === 'File'; }

  function isBuffer(v) {
    return v != null && v.constructor != null && isFunction(v.constructor.isBuffer) && v.constructor.isBuffer(v);
  }

  // By constructor name: touching the URLSearchParams global would build
  // the url module in runtimes that create globals lazily.
  function isURLSearchParams(v) {
    return isObject(v) && v.constructor != null && v.constructor.name === 'URLSearchParams';
  }

  function isPlainObject(v) {
    if (kindOf(v) !== 'Object') return false;
    var proto = Object.getPrototypeOf(v);
    if (proto === null || proto === Object.prototype) return true;
    // 1.x also takes objects from another realm, but no tagged or iterable ones.
    return F.v1 && Object.getPrototypeOf(proto) === null && !(Symbol.toStringTag in v) && !(Symbol.iterator in v);
  }

  function forEach(obj, fn) {
    if (obj === null || isUndefined(obj)) return;
    if (typeof obj !== 'object') obj = [obj];
    if (isArray(obj)) {
      for (var i = 0; i < obj.length; i++) fn(obj[i], i, obj);
      return;
    }
    var keys = Object.keys(obj);
    for (var j = 0; j < keys.length; j++) fn(obj[keys[j]], keys[j], obj);
  }

  function findKey(obj, key) {
    key = key.toLowerCase();
    var keys = Object.keys(obj);
    for (var i = keys.length; i-- > 0;) {
      if (keys[i].toLowerCase() === key) return keys[i];
    }
    return null;
  }

  function bind(fn, thisArg) {
    return function wrap() { return fn.apply(thisArg, arguments); };
  }

  // extend copies b's properties onto a, binding functions to thisArg.
  // 1.x copies every own name (its methods are class methods).
  function extend(a, b, thisArg) {
    var keys = F.v1 ? Object.getOwnPropertyNames(b) : Object.keys(b);
    for (var i = 0; i < keys.length; i++) {
      var val = b[keys[i]];
      a[keys[i]] = thisArg && isFunction(val) ? bind(val, thisArg) : val;
    }
    return a;
  }

  // merge is utils.merge: later objects win, plain objects merge deeply
  // and are copied, arrays are copied. 0.19 merged anything typeof
  // 'object' and kept references; 1.x can match keys case-insensitively.
  // (Loops rather than callbacks: this runs several times per request.)
  function merge(list, caseless) {
    var result = {};
    for (var i = 0; i < list.length; i++) {
      var obj = list[i];
      if (!obj || typeof obj !== 'object') continue;
      var keys = Object.keys(obj);
      for (var j = 0; j < keys.length; j++) {
        var key = keys[j], val = obj[key];
        if (key === '__proto__') continue;
        if (!F.modernMerge) {
          result[key] = typeof result[key] === 'object' && typeof val === 'object' ? merge([result[key], val]) : val;
          continue;
        }
        var target = (caseless && findKey(result, key)) || key;
        if (isPlainObject(result[target]) && isPlainObject(val)) result[target] = merge([result[target], val]);
        else if (isPlainObject(val)) result[target] = merge([val]);
        else if (isArray(val)) result[target] = val.slice();
        else result[target] = val;
      }
    }
    return result;
  }

  // deepMerge019 is 0.19's deepMerge: like merge, but copies every object.
  function deepMerge019(list) {
    var result = {};
    for (var i = 0; i < list.length; i++) {
      var obj = list[i];
      if (obj === null || typeof obj !== 'object') continue;
      var keys = Object.keys(obj);
      for (var j = 0; j < keys.length; j++) {
        var key = keys[j], val = obj[key];
        if (typeof result[key] === 'object' && typeof val === 'object') result[key] = deepMerge019([result[key], val]);
        else if (typeof val === 'object') result[key] = deepMerge019([val]);
        else result[key] = val;
      }
    }
    return result;
  }

  function utf8Length(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  // ---- mergeConfig ----

  // Keys whose call value replaces the instance's (copied when plain).
  var defaultToConfig2 = {
    baseURL: 1, transformRequest: 1, transformResponse: 1, paramsSerializer: 1, timeout: 1,
    timeoutMessage: 1, withCredentials: 1, withXSRFToken: 1, adapter: 1, responseType: 1,
    xsrfCookieName: 1, xsrfHeaderName: 1, onUploadProgress: 1, onDownloadProgress: 1,
    decompress: 1, maxContentLength: 1, maxBodyLength: 1, beforeRedirect: 1, transport: 1,
    httpAgent: 1, httpsAgent: 1, cancelToken: 1, socketPath: 1, responseEncoding: 1
  };

  function copyValue(v) {
    if (isPlainObject(v)) return merge([v]);
    if (isArray(v)) return v.slice();
    return v;
  }

  function mergedValue(target, source, caseless) {
    if (isPlainObject(target) && isPlainObject(source)) return merge([target, source], caseless);
    return copyValue(source);
  }

  function mergeConfig(config1, config2) {
    config2 = config2 || {};
    if (!F.modernMerge) return mergeConfig019(config1, config2);
    var config = {};
    var keys = Object.keys(Object.assign({}, config1, config2));
    for (var i = 0; i < keys.length; i++) {
      var prop = keys[i];
      if (prop === '__proto__') continue;
      var a = config1[prop], b = config2[prop], value;
      if (prop === 'validateStatus') {
        // Merged when present at all, so `validateStatus: null` accepts every status.
        config[prop] = prop in config2 ? mergedValue(a, b) : copyValue(a);
        continue;
      }
      if (prop === 'url' || prop === 'method' || prop === 'data') {
        value = copyValue(b);
      } else if (defaultToConfig2[prop] === 1) {
        value = copyValue(isUndefined(b) ? a : b);
      } else {
        var caseless = F.v1 && prop === 'headers';
        if (caseless) { a = headersToObject(a); b = headersToObject(b); }
        value = isUndefined(b) ? copyValue(a) : mergedValue(a, b, caseless);
      }
      if (!isUndefined(value)) config[prop] = value;
    }
    return config;
  }

  function headersToObject(h) {
    return AxiosHeaders && h instanceof AxiosHeaders ? Object.assign({}, h) : h;
  }

  // 0.19 merged a fixed list of keys; 0.19.0 dropped any other key.
  var valueKeys019 = ['url', 'method', 'params', 'data'];
  var deepKeys019 = ['headers', 'auth', 'proxy'];
  var defaultKeys019 = ['baseURL', 'url', 'transformRequest', 'transformResponse', 'paramsSerializer', 'timeout',
    'withCredentials', 'adapter', 'responseType', 'xsrfCookieName', 'xsrfHeaderName', 'onUploadProgress',
    'onDownloadProgress', 'maxContentLength', 'validateStatus', 'maxRedirects', 'httpAgent', 'httpsAgent',
    'cancelToken', 'socketPath'];

  function mergeConfig019(config1, config2) {
    var config = {}, i, p;
    for (i = 0; i < valueKeys019.length; i++) {
      p = valueKeys019[i];
      if (!isUndefined(config2[p])) config[p] = config2[p];
    }
    for (i = 0; i < deepKeys019.length; i++) {
      p = deepKeys019[i];
      if (isObject(config2[p])) config[p] = deepMerge019([config1[p], config2[p]]);
      else if (!isUndefined(config2[p])) config[p] = config2[p];
      else if (isObject(config1[p])) config[p] = deepMerge019([config1[p]]);
      else if (!isUndefined(config1[p])) config[p] = config1[p];
    }
    for (i = 0; i < defaultKeys019.length; i++) fromEither019(config, config1, config2, defaultKeys019[i]);
    if (F.methodFromDefaults) {
      var others = Object.keys(config2);
      for (i = 0; i < others.length; i++) {
        p = others[i];
        if (valueKeys019.indexOf(p) === -1 && deepKeys019.indexOf(p) === -1 && defaultKeys019.indexOf(p) === -1) {
          fromEither019(config, config1, config2, p);
        }
      }
    }
    return config;
  }

  function fromEither019(config, config1, config2, p) {
    if (!isUndefined(config2[p])) config[p] = config2[p];
    else if (!isUndefined(config1[p])) config[p] = config1[p];
  }

  // ---- URLs and params ----

  function isAbsoluteURL(url) {
    if (F.nativeAxiosError && typeof url !== 'string') return false;
    return /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
  }

  function combineURLs(baseURL, relativeURL) {
    if (!relativeURL) return baseURL;
    return baseURL.replace(F.combineTrimsTwo ? /\/?\/$/ : /\/+$/, '') + '/' + relativeURL.replace(/^\/+/, '');
  }

  function buildFullPath(baseURL, requestedURL, allowAbsoluteUrls) {
    var relative = !isAbsoluteURL(requestedURL);
    if (baseURL && (relative || (F.allowAbsoluteUrls && allowAbsoluteUrls == false))) {
      return combineURLs(baseURL, requestedURL);
    }
    return requestedURL;
  }

  // encode is buildURL's: encodeURIComponent with a few characters put back.
  function encode(val) {
    var s = encodeURIComponent(val);
    if (!F.modernMerge) s = s.replace(/%40/gi, '@');
    s = s.replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+');
    if (!F.encodeBrackets) s = s.replace(/%5B/gi, '[').replace(/%5D/gi, ']');
    return s;
  }

  function buildURL(url, params, options) {
    if (!params) return url;
    var serialized;
    if (!F.v1) {
      if (options) serialized = options(params);
      else if (isURLSearchParams(params)) serialized = params.toString();
      else serialized = serializeParams0(params);
    } else {
      if (isFunction(options)) options = F.queryBug ? null : { serialize: options };
      var encoder = (options && options.encode) || null;
      if (options && options.serialize) serialized = options.serialize(params, options);
      else if (isURLSearchParams(params)) serialized = params.toString();
      else serialized = serializeParams1(params, options, encoder);
    }
    if (serialized) {
      var hash = url.indexOf('#');
      if (hash !== -1) url = url.slice(0, hash);
      url += (url.indexOf('?') === -1 ? '?' : '&') + serialized;
    }
    return url;
  }

  // 0.x: arrays as key[]=v, Dates as ISO, objects as JSON.
  function serializeParams0(params) {
    var parts = [];
    forEach(params, function (val, key) {
      if (val === null || isUndefined(val)) return;
      if (isArray(val)) key = key + '[]';
      else val = [val];
      forEach(val, function (v) {
        if (isDate(v)) v = v.toISOString();
        else if (isObject(v)) v = JSON.stringify(v);
        parts.push(encode(key) + '=' + encode(v));
      });
    });
    return parts.join('&');
  }

  // 1.x: params go through toFormData, so objects nest as a[b]=c.
  function serializeParams1(params, options, encoder) {
    var parts = [];
    var enc = encoder ? function (v) { return encoder(v, formEncode); } : encode;
    toFormPairs(params, function (k, v) { parts.push(enc(k) + '=' + enc(v)); }, options);
    return parts.join('&');
  }

  // formEncode is the encoding of a URLSearchParams body.
  function formEncode(str) {
    return encodeURIComponent(str).replace(/[!'()~]|%20|%00/g, function (m) {
      return m === '%20' ? '+' : m === '%00' ? '\x00' : '%' + m.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  // toFormPairs walks data as 1.x's toFormData does with its default
  // visitor, calling append(key, value) for each leaf.
  function toFormPairs(obj, append, options) {
    options = options || {};
    var dots = !!options.dots;
    var indexes = isUndefined(options.indexes) ? false : options.indexes;
    var metaTokens = options.metaTokens !== false;
    var stack = [];

    function endsWith(s, tail) { s = String(s); return s.slice(-tail.length) === tail; }
    function removeBrackets(key) { return endsWith(key, '[]') ? String(key).slice(0, -2) : key; }
    function renderKey(path, key) {
      if (!path) return key;
      return path.concat(key).map(function (token, i) {
        token = removeBrackets(token);
        return !dots && i ? '[' + token + ']' : token;
      }).join(dots ? '.' : '');
    }
    function isVisitable(v) { return isPlainObject(v) || isArray(v); }
    function convert(v) {
      if (v === null) return '';
      if (isDate(v)) return v.toISOString();
      return v;
    }
    function visit(value, key, path) {
      var arr = value;
      if (value && !path && typeof value === 'object') {
        if (endsWith(key, '{}')) {
          key = metaTokens ? key : key.slice(0, -2);
          value = JSON.stringify(value);
        } else if ((isArray(value) && !value.some(isVisitable)) || (endsWith(key, '[]') && (arr = isArray(value) ? value : null))) {
          key = removeBrackets(key);
          arr.forEach(function (el, index) {
            if (isUndefined(el) || el === null) return;
            append(indexes === true ? renderKey([key], index) : (indexes === null ? key : key + '[]'), convert(el));
          });
          return false;
        }
      }
      if (isVisitable(value)) return true;
      append(renderKey(path, key), convert(value));
      return false;
    }
    function build(value, path) {
      if (isUndefined(value)) return;
      if (stack.indexOf(value) !== -1) throw Error('Circular reference detected in ' + path.join('.'));
      stack.push(value);
      forEach(value, function (el, key) {
        var more = !(isUndefined(el) || el === null) && visit(el, isString(key) ? key.trim() : key, path);
        if (more === true) build(el, path ? path.concat(key) : [key]);
      });
      stack.pop();
    }
    if (!isObject(obj)) throw new TypeError('data must be an object');
    build(obj);
  }

  // ---- errors ----

  var errorCodes = ['ERR_BAD_OPTION_VALUE', 'ERR_BAD_OPTION', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_NETWORK',
    'ERR_FR_TOO_MANY_REDIRECTS', 'ERR_DEPRECATED', 'ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST', 'ERR_CANCELED',
    'ERR_NOT_SUPPORT', 'ERR_INVALID_URL'];

  // The error classes are built on first use: most invocations never fail.
  var errorClasses = null;
  function classes() {
    if (errorClasses) return errorClasses;
    var AxiosError = F.nativeAxiosError ? nativeAxiosErrorClass() : F.axiosError ? axiosErrorClass() : null;
    var CanceledError = AxiosError ? canceledErrorClass(AxiosError) : null;
    errorClasses = { AxiosError: AxiosError, CanceledError: CanceledError, Cancel: CanceledError || legacyCancelClass() };
    return errorClasses;
  }

  function errorToJSON() {
    var json = {
      message: this.message, name: this.name,
      description: this.description, number: this.number,
      fileName: this.fileName, lineNumber: this.lineNumber, columnNumber: this.columnNumber, stack: this.stack,
      config: this.config, code: this.code
    };
    if (F.errorStatus) json.status = this.status;
    else if (F.instanceCreate) json.status = this.response && this.response.status ? this.response.status : null;
    return json;
  }

  // Before 0.27 axios decorated plain Errors.
  function enhanceError(error, config, code, request, response) {
    error.config = config;
    if (code) error.code = code;
    error.request = request;
    error.response = response;
    error.isAxiosError = true;
    error.toJSON = errorToJSON;
    return error;
  }

  // newError makes the error axios creates itself: an enhanced Error
  // before 0.27, an AxiosError after.
  function newError(message, code, config, request, response) {
    if (F.axiosError) return new (classes().AxiosError)(message, code, config, request, response);
    return enhanceError(new Error(message), config, code, request, response);
  }

  // wrapError is what the adapter does with an error from Node.
  function wrapError(err, config, request) {
    if (F.axiosError) return classes().AxiosError.from(err, null, config, request);
    return enhanceError(err, config, null, request);
  }

  function stackOf(header) {
    var s = new Error().stack || '';
    var nl = s.indexOf('\n');
    return header + (nl === -1 ? '' : s.slice(nl));
  }

  // 0.27 to 1.13.2: a function constructor inheriting from Error, with
  // isAxiosError on the prototype. 1.x captures a stack, 0.27 does not.
  function axiosErrorClass() {
    function AxiosError(message, code, config, request, response) {
      if (F.v1) {
        Object.defineProperty(this, 'stack', { value: stackOf('AxiosError: ' + message), writable: true, enumerable: false, configurable: true });
      }
      this.message = message;
      this.name = 'AxiosError';
      code && (this.code = code);
      config && (this.config = config);
      request && (this.request = request);
      if (response) {
        this.response = response;
        if (F.errorStatus) this.status = response.status ? response.status : null;
      }
    }
    AxiosError.prototype = Object.create(Error.prototype, { constructor: { value: AxiosError, writable: true, configurable: true } });
    AxiosError.prototype.toJSON = errorToJSON;
    Object.defineProperty(AxiosError.prototype, 'isAxiosError', { value: true });
    errorCodes.forEach(function (c) { Object.defineProperty(AxiosError, c, { value: c }); });

    // from copies the Node error's own properties (in reverse, as
    // toFlatObject does) onto a new AxiosError.
    AxiosError.from = function (error, code, config, request, response, customProps) {
      var axiosError = Object.create(AxiosError.prototype);
      var names = Object.getOwnPropertyNames(error);
      for (var i = names.length; i-- > 0;) {
        if (names[i] !== 'isAxiosError') axiosError[names[i]] = error[names[i]];
      }
      var hideCause = F.encodeBrackets;
      if (hideCause && code == null) code = error.code;
      AxiosError.call(axiosError, error.message || (hideCause ? 'Error' : error.message), code, config, request, response);
      if (F.v1) {
        if (hideCause) Object.defineProperty(axiosError, 'cause', { value: error, configurable: true });
        else axiosError.cause = error;
      }
      axiosError.name = error.name || (hideCause ? 'Error' : error.name);
      customProps && Object.assign(axiosError, customProps);
      return axiosError;
    };
    return AxiosError;
  }

  // 1.13.3+: a native Error subclass; from keeps only the wrapped code.
  function nativeAxiosErrorClass() {
    class AxiosError extends Error {
      constructor(message, code, config, request, response) {
        super(message);
        Object.defineProperty(this, 'message', { value: message, enumerable: true, writable: true, configurable: true });
        this.name = 'AxiosError';
        this.isAxiosError = true;
        code && (this.code = code);
        config && (this.config = config);
        request && (this.request = request);
        if (response) {
          this.response = response;
          this.status = response.status;
        }
      }
      toJSON() { return errorToJSON.call(this); }
      static from(error, code, config, request, response, customProps) {
        var axiosError = new AxiosError(error.message, code || error.code, config, request, response);
        axiosError.cause = error;
        axiosError.name = error.name;
        if (error.status != null && axiosError.status == null) axiosError.status = error.status;
        customProps && Object.assign(axiosError, customProps);
        return axiosError;
      }
    }
    errorCodes.forEach(function (c) { AxiosError[c] = c; });
    return AxiosError;
  }

  function canceledErrorClass(AxiosError) {
    if (F.nativeAxiosError) {
      return class CanceledError extends AxiosError {
        constructor(message, config, request) {
          super(message == null ? 'canceled' : message, 'ERR_CANCELED', config, request);
          this.name = 'CanceledError';
          this.__CANCEL__ = true;
        }
      };
    }
    function CanceledError(message, config, request) {
      AxiosError.call(this, message == null ? 'canceled' : message, 'ERR_CANCELED', config, request);
      this.name = 'CanceledError';
    }
    CanceledError.prototype = Object.create(AxiosError.prototype, { constructor: { value: CanceledError, writable: true, configurable: true } });
    CanceledError.prototype.__CANCEL__ = true;
    return CanceledError;
  }

  // Before 0.27 a cancellation was a Cancel, not an Error.
  function legacyCancelClass() {
    function Cancel(message) { this.message = message; }
    Cancel.prototype.toString = function toString() { return 'Cancel' + (this.message ? ': ' + this.message : ''); };
    Cancel.prototype.__CANCEL__ = true;
    return Cancel;
  }

  // Only 1.x cancellations carry the config and request.
  function newCancel(message, config, request) {
    var c = classes();
    if (!c.CanceledError) return new c.Cancel(message);
    return F.v1 ? new c.CanceledError(message, config, request) : new c.CanceledError(message);
  }

  function isCancel(value) { return !!(value && value.__CANCEL__); }

  // cancelTokenClass builds CancelToken when a hook first reads it.
  function cancelTokenClass() {
    function CancelToken(executor) {
      if (typeof executor !== 'function') throw new TypeError('executor must be a function.');
      var resolvePromise;
      this.promise = new Promise(function (resolve) { resolvePromise = resolve; });
      var token = this;
      this.promise.then(function (cancel) {
        var listeners = token._listeners;
        token._listeners = null;
        if (listeners) listeners.forEach(function (l) { l(cancel); });
      });
      executor(function cancel(message, config, request) {
        if (token.reason) return;
        token.reason = newCancel(message, config, request);
        resolvePromise(token.reason);
      });
    }
    CancelToken.prototype.throwIfRequested = function throwIfRequested() {
      if (this.reason) throw this.reason;
    };
    CancelToken.prototype.subscribe = function subscribe(listener) {
      if (this.reason) { listener(this.reason); return; }
      (this._listeners = this._listeners || []).push(listener);
    };
    CancelToken.prototype.unsubscribe = function unsubscribe(listener) {
      var i = this._listeners ? this._listeners.indexOf(listener) : -1;
      if (i !== -1) this._listeners.splice(i, 1);
    };
    CancelToken.source = function source() {
      var cancel;
      var token = new CancelToken(function (c) { cancel = c; });
      return { token: token, cancel: cancel };
    };
    return CancelToken;
  }

  // nodeError builds the Error Node's http module would emit
  // (httpkit.NetErrorError); a socket hang up carries no errno there.
  function nodeError(d) {
    var err = native.netError(d);
    if (d.message === 'socket hang up') delete err.errno;
    return err;
  }

  // ---- AxiosHeaders (1.x) ----

  var AxiosHeaders = F.v1 ? axiosHeadersClass() : null;

  function axiosHeadersClass() {
    function normalizeHeader(h) { return h && String(h).trim().toLowerCase(); }
    function normalizeValue(v) {
      if (v === false || v == null) return v;
      return isArray(v) ? v.map(normalizeValue) : String(v);
    }
    function matches(value, header, filter, byName) {
      if (isFunction(filter)) return filter.call(this, value, header);
      if (byName) value = header;
      if (!isString(value)) return;
      if (isString(filter)) return value.indexOf(filter) !== -1;
      if (kindOf(filter) === 'RegExp') return filter.test(value);
    }
    function formatHeader(h) {
      return h.trim().toLowerCase().replace(/([a-z\d])(\w*)/g, function (w, c, rest) { return c.toUpperCase() + rest; });
    }

    // setHeader sets one header unless it exists and rewrite says keep
    // (false), or it is false and rewrite is not true.
    function setHeader(self, value, name, rewrite) {
      var lower = normalizeHeader(name);
      if (!lower) throw new Error('header name must be a non-empty string');
      var key = findKey(self, lower);
      if (!key || self[key] === undefined || rewrite === true || (rewrite === undefined && self[key] !== false)) {
        self[key || name] = normalizeValue(value);
      }
    }

    class AxiosHeaders {
      constructor(headers) { headers && this.set(headers); }

      set(header, valueOrRewrite, rewrite) {
        if (isPlainObject(header) || header instanceof AxiosHeaders) {
          var names = Object.keys(header);
          for (var i = 0; i < names.length; i++) setHeader(this, header[names[i]], names[i], valueOrRewrite);
        } else if (header != null) {
          setHeader(this, valueOrRewrite, header, rewrite);
        }
        return this;
      }

      get(header, parser) {
        header = normalizeHeader(header);
        if (!header) return undefined;
        var key = findKey(this, header);
        if (!key) return undefined;
        var value = this[key];
        if (!parser) return value;
        if (parser === true) {
          var tokens = Object.create(null), re = /([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g, m;
          while ((m = re.exec(value))) tokens[m[1]] = m[2];
          return tokens;
        }
        if (isFunction(parser)) return parser.call(this, value, key);
        if (kindOf(parser) === 'RegExp') return parser.exec(value);
        throw new TypeError('parser must be boolean|regexp|function');
      }

      has(header, matcher) {
        header = normalizeHeader(header);
        if (!header) return false;
        var key = findKey(this, header);
        return !!(key && this[key] !== undefined && (!matcher || matches.call(this, this[key], key, matcher)));
      }

      delete(header, matcher) {
        var self = this, deleted = false;
        function del(h) {
          h = normalizeHeader(h);
          if (!h) return;
          var key = findKey(self, h);
          if (key && (!matcher || matches.call(self, self[key], key, matcher))) {
            delete self[key];
            deleted = true;
          }
        }
        isArray(header) ? header.forEach(del) : del(header);
        return deleted;
      }

      clear(matcher) {
        var keys = Object.keys(this), deleted = false;
        for (var i = keys.length; i-- > 0;) {
          if (!matcher || matches.call(this, this[keys[i]], keys[i], matcher, true)) {
            delete this[keys[i]];
            deleted = true;
          }
        }
        return deleted;
      }

      // normalize folds names that differ only in case into the first one
      // seen (the later value wins) and trims them.
      normalize(format) {
        var seen = {}, names = Object.keys(this);
        for (var i = 0; i < names.length; i++) {
          var header = names[i], value = this[header];
          var key = findKey(seen, header);
          if (key) {
            this[key] = normalizeValue(value);
            delete this[header];
            continue;
          }
          var normalized = format ? formatHeader(header) : String(header).trim();
          if (normalized !== header) delete this[header];
          this[normalized] = normalizeValue(value);
          seen[normalized] = true;
        }
        return this;
      }

      concat() {
        return AxiosHeaders.concat.apply(AxiosHeaders, [this].concat(Array.prototype.slice.call(arguments)));
      }

      toJSON(asStrings) {
        var obj = Object.create(null), names = Object.keys(this);
        for (var i = 0; i < names.length; i++) {
          var value = this[names[i]];
          if (value != null && value !== false) obj[names[i]] = asStrings && isArray(value) ? value.join(', ') : value;
        }
        return obj;
      }

      [Symbol.iterator]() { return Object.entries(this.toJSON())[Symbol.iterator](); }

      toString() {
        return Object.entries(this.toJSON()).map(function (e) { return e[0] + ': ' + e[1]; }).join('\n');
      }

      getSetCookie() { return this.get('set-cookie') || []; }

      get [Symbol.toStringTag]() { return 'AxiosHeaders'; }

      static from(thing) { return thing instanceof this ? thing : new this(thing); }

      static concat(first) {
        var computed = new this(first);
        for (var i = 1; i < arguments.length; i++) computed.set(arguments[i]);
        return computed;
      }

      static accessor(header) {
        [].concat(header).forEach(function (h) {
          var name = h.replace(/-(\w)/g, function (m, c) { return c.toUpperCase(); });
          name = name[0].toUpperCase() + name.slice(1);
          ['get', 'set', 'has'].forEach(function (method) {
            Object.defineProperty(AxiosHeaders.prototype, method + name, {
              value: function (a, b, c) { return this[method](h, a, b, c); },
              configurable: true
            });
          });
        });
        return this;
      }
    }
    AxiosHeaders.accessor(['Content-Type', 'Content-Length', 'Accept', 'Accept-Encoding', 'User-Agent', 'Authorization']);
    return AxiosHeaders;
  }

  // ---- defaults and transforms ----

  function setContentTypeIfUnset(headers, value) {
    if (!isUndefined(headers) && isUndefined(headers['Content-Type'])) headers['Content-Type'] = value;
  }

  function normalizeHeaderName(headers, name) {
    var keys = Object.keys(headers), upper = name.toUpperCase();
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] !== name && keys[i].toUpperCase() === upper) {
        headers[name] = headers[keys[i]];
        delete headers[keys[i]];
      }
    }
  }

  // stringifySafely sends a string that already is JSON as it is.
  function stringifySafely(raw) {
    if (isString(raw)) {
      try {
        JSON.parse(raw);
        return raw.trim();
      } catch (e) {
        if (e.name !== 'SyntaxError') throw e;
      }
    }
    return JSON.stringify(raw);
  }

  function passesThrough(data) {
    return isArrayBuffer(data) || isBuffer(data) || isStream(data) || isBlobLike(data) || data instanceof MultipartForm;
  }

  function transformRequest0(data, headers) {
    normalizeHeaderName(headers, 'Accept');
    normalizeHeaderName(headers, 'Content-Type');
    if (passesThrough(data)) return data;
    if (isArrayBufferView(data)) return data.buffer;
    if (isURLSearchParams(data)) {
      setContentTypeIfUnset(headers, 'application/x-www-form-urlencoded;charset=utf-8');
      return data.toString();
    }
    if (F.axiosError && isObject(data) && headers && headers['Content-Type'] === 'multipart/form-data') {
      return toMultipart(data);
    }
    if (!F.transitional) {
      if (!isObject(data)) return data;
      setContentTypeIfUnset(headers, 'application/json;charset=utf-8');
      return JSON.stringify(data);
    }
    if (isObject(data) || (headers && headers['Content-Type'] === 'application/json')) {
      setContentTypeIfUnset(headers, 'application/json');
      return stringifySafely(data);
    }
    return data;
  }

  function transformRequest1(data, headers) {
    var contentType = headers.getContentType() || '';
    var hasJSON = contentType.indexOf('application/json') > -1;
    var isObj = isObject(data);
    if (passesThrough(data)) return data;
    if (isArrayBufferView(data)) return data.buffer;
    if (isURLSearchParams(data)) {
      headers.setContentType('application/x-www-form-urlencoded;charset=utf-8', false);
      return data.toString();
    }
    if (isObj) {
      if (contentType.indexOf('application/x-www-form-urlencoded') > -1) return toURLEncodedForm(data, this.formSerializer);
      if (contentType.indexOf('multipart/form-data') > -1) return toMultipart(data, this.formSerializer);
    }
    if (isObj || hasJSON) {
      headers.setContentType('application/json', false);
      return stringifySafely(data);
    }
    return data;
  }

  // 0.19 to 0.21.1 tried to parse any string and ignored failures.
  function transformResponseLegacy(data) {
    if (typeof data === 'string') {
      try { data = JSON.parse(data); } catch (e) { /* not JSON: keep the string */ }
    }
    return data;
  }

  function transformResponse(data) {
    var transitional = this.transitional || defaults.transitional;
    var forced = transitional && transitional.forcedJSONParsing;
    var silent = transitional && transitional.silentJSONParsing;
    var jsonRequested = this.responseType === 'json';
    var parse = F.v1
      ? data && isString(data) && ((forced && !this.responseType) || jsonRequested)
      : (!silent && jsonRequested) || (forced && isString(data) && data.length);
    if (!parse) return data;
    var strict = !silent && jsonRequested;
    try {
      return JSON.parse(data, F.encodeBrackets ? this.parseReviver : undefined);
    } catch (e) {
      if (!strict) return data;
      if (e.name !== 'SyntaxError') throw e;
      if (F.axiosError) throw classes().AxiosError.from(e, 'ERR_BAD_RESPONSE', this, null, this.response);
      throw enhanceError(e, this, 'E_JSON_PARSE');
    }
  }

  // 1.x sends objects as urlencoded when asked to.
  function toURLEncodedForm(data, options) {
    var parts = [];
    toFormPairs(data, function (k, v) {
      if (isBuffer(v)) v = v.toString('base64');
      parts.push(formEncode(k) + '=' + formEncode(v));
    }, options);
    return parts.join('&');
  }

  // MultipartForm stands for the form-data package's FormData: the body of
  // postForm, serialized the way form-data writes it.
  function MultipartForm() {
    this._parts = [];
    var boundary = '--------------------------';
    for (var i = 0; i < 24; i++) boundary += Math.floor(Math.random() * 16).toString(16);
    this._boundary = boundary;
  }
  MultipartForm.prototype.append = function append(name, value) { this._parts.push([name, value]); };
  MultipartForm.prototype.getBoundary = function getBoundary() { return this._boundary; };
  MultipartForm.prototype.getHeaders = function getHeaders() {
    return { 'content-type': 'multipart/form-data; boundary=' + this._boundary };
  };
  MultipartForm.prototype.toString = function toString() {
    var b = this._boundary, out = '';
    this._parts.forEach(function (p) {
      out += '--' + b + '\r\nContent-Disposition: form-data; name="' + p[0] + '"\r\n\r\n' + String(p[1]) + '\r\n';
    });
    return out + '--' + b + '--\r\n';
  };

  function toMultipart(data, options) {
    var form = new MultipartForm();
    toFormPairs(data, function (k, v) { form.append(k, v); }, options);
    return form;
  }

  var defaults = buildDefaults();

  function buildDefaults() {
    var d = {};
    if (F.transitional) {
      d.transitional = { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false };
      if (F.nativeAxiosError) d.transitional.legacyInterceptorReqResOrdering = true;
    }
    d.adapter = F.v1 && F.defaultExport ? (F.fetchAdapter ? ['xhr', 'http', 'fetch'] : ['xhr', 'http']) : native.adopt('adapter', httpAdapter);
    d.transformRequest = native.adopt('transformRequests', [native.adopt('transformRequest', F.v1 ? transformRequest1 : transformRequest0)]);
    d.transformResponse = native.adopt('transformResponses', [native.adopt('transformResponse', F.transitional ? transformResponse : transformResponseLegacy)]);
    d.timeout = 0;
    d.xsrfCookieName = 'XSRF-TOKEN';
    d.xsrfHeaderName = 'X-XSRF-TOKEN';
    d.maxContentLength = -1;
    if (F.modernMerge) d.maxBodyLength = -1;
    if (F.axiosError) {
      var FormData = native.adopt('FormData', MultipartForm);
      d.env = F.v1 ? { FormData: FormData, Blob: null } : { FormData: FormData };
    }
    d.validateStatus = native.adopt('validateStatus', function validateStatus(status) { return status >= 200 && status < 300; });
    // 1.2 moved the form Content-Type default into dispatchRequest.
    var formDefault = F.v1 && F.defaultExport;
    d.headers = { common: { 'Accept': 'application/json, text/plain, */*' } };
    if (formDefault) d.headers.common['Content-Type'] = undefined;
    ['delete', 'get', 'head', 'post', 'put', 'patch'].forEach(function (m) {
      d.headers[m] = m[0] === 'p' && !formDefault ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {};
    });
    return d;
  }

  // ---- interceptors and the request pipeline ----

  function InterceptorManager() { this.handlers = []; }
  InterceptorManager.prototype.use = function use(fulfilled, rejected, options) {
    var handler = { fulfilled: fulfilled, rejected: rejected };
    if (F.transitional) {
      handler.synchronous = options ? options.synchronous : false;
      handler.runWhen = options ? options.runWhen : null;
    }
    this.handlers.push(handler);
    return this.handlers.length - 1;
  };
  InterceptorManager.prototype.eject = function eject(id) {
    if (this.handlers[id]) this.handlers[id] = null;
  };
  if (F.v1) InterceptorManager.prototype.clear = function clear() { this.handlers = []; };
  InterceptorManager.prototype.forEach = function forEach(fn) {
    for (var i = 0; i < this.handlers.length; i++) if (this.handlers[i] !== null) fn(this.handlers[i]);
  };

  function Axios(instanceConfig) {
    this.defaults = instanceConfig;
    this.interceptors = { request: new InterceptorManager(), response: new InterceptorManager() };
  }

  if (F.asyncRequest) {
    // From 1.6.6 request is async: a throw while preparing becomes a rejection.
    Axios.prototype.request = function request(configOrUrl, config) {
      try {
        return Promise.resolve(this._request(configOrUrl, config));
      } catch (err) {
        return Promise.reject(err);
      }
    };
    Axios.prototype._request = requestImpl;
  } else {
    Axios.prototype.request = requestImpl;
  }

  // LATE_CONTENT_TYPE carries 1.0/1.1's method default Content-Type past
  // transformRequest, which never saw it there.
  var LATE_CONTENT_TYPE = Symbol('axios default content type');

  function requestImpl(configOrUrl, config) {
    if (typeof configOrUrl === 'string') {
      config = config || {};
      config.url = configOrUrl;
    } else {
      config = configOrUrl || {};
    }
    if (F.requireURL && !config.url) throw new Error('Provided config url is not valid');
    config = mergeConfig(this.defaults, config);

    if (F.v1) {
      prepareConfig1(config, this.defaults);
    } else if (config.method) {
      config.method = config.method.toLowerCase();
    } else if (F.methodFromDefaults && this.defaults.method) {
      config.method = this.defaults.method.toLowerCase();
    } else {
      config.method = 'get';
    }
    return runInterceptors(this, config);
  }

  // prepareConfig1 is 1.x's work before the interceptors: method, params
  // serializer, allowAbsoluteUrls and headers flattened into AxiosHeaders.
  function prepareConfig1(config, instanceDefaults) {
    if (F.serializerMustBeObject && config.paramsSerializer !== undefined && typeof config.paramsSerializer !== 'object') {
      throw newError('options must be an object', 'ERR_BAD_OPTION_VALUE');
    }
    if (!F.queryBug && config.paramsSerializer != null && isFunction(config.paramsSerializer)) {
      config.paramsSerializer = { serialize: config.paramsSerializer };
    }
    if (F.allowAbsoluteUrls && config.allowAbsoluteUrls === undefined) {
      config.allowAbsoluteUrls = instanceDefaults.allowAbsoluteUrls !== undefined ? instanceDefaults.allowAbsoluteUrls : true;
    }
    config.method = (config.method || instanceDefaults.method || 'get').toLowerCase();
    var headers = config.headers;
    var contextHeaders = headers && merge([headers.common, headers[config.method]]);
    if (headers) {
      for (var i = 0; i < methodHeaderKeys.length; i++) delete headers[methodHeaderKeys[i]];
    }
    if (!F.defaultExport && contextHeaders) {
      var key = findKey(contextHeaders, 'content-type');
      if (key) {
        config[LATE_CONTENT_TYPE] = contextHeaders[key];
        delete contextHeaders[key];
      }
    }
    config.headers = AxiosHeaders.concat(contextHeaders, headers);
  }

  // runInterceptors chains request interceptors (last added runs first),
  // the dispatch and response interceptors. From 0.21.2 interceptors all
  // marked synchronous run before the request is made, without a tick.
  function runInterceptors(axios, config) {
    var requestChain = [], responseChain = [], synchronous = true, h, i;
    var handlers = axios.interceptors.request.handlers;
    for (i = 0; i < handlers.length; i++) {
      h = handlers[i];
      if (h === null || (F.transitional && typeof h.runWhen === 'function' && h.runWhen(config) === false)) continue;
      synchronous = synchronous && h.synchronous;
      requestChain.unshift(h.fulfilled, h.rejected);
    }
    handlers = axios.interceptors.response.handlers;
    for (i = 0; i < handlers.length; i++) {
      if (handlers[i] !== null) responseChain.push(handlers[i].fulfilled, handlers[i].rejected);
    }

    var promise;
    if (!F.transitional || !synchronous) {
      var chain = requestChain.concat([dispatchRequest, undefined], responseChain);
      promise = Promise.resolve(config);
      for (i = 0; i < chain.length; i += 2) promise = promise.then(chain[i], chain[i + 1]);
      return promise;
    }
    var newConfig = config;
    for (i = 0; i < requestChain.length; i += 2) {
      try {
        newConfig = requestChain[i](newConfig);
      } catch (error) {
        requestChain[i + 1].call(axios, error);
        break;
      }
    }
    try {
      promise = dispatchRequest(newConfig);
    } catch (error) {
      return Promise.reject(error);
    }
    for (i = 0; i < responseChain.length; i += 2) promise = promise.then(responseChain[i], responseChain[i + 1]);
    return promise;
  }

  Axios.prototype.getUri = function getUri(config) {
    if (F.requireURL && !config.url) throw new Error('Provided config url is not valid');
    config = mergeConfig(this.defaults, config);
    if (!F.axiosError) return buildURL(config.url, config.params, config.paramsSerializer).replace(/^\?/, '');
    return buildURL(buildFullPath(config.baseURL, config.url, config.allowAbsoluteUrls), config.params, config.paramsSerializer);
  };

  ['delete', 'get', 'head', 'options'].forEach(function (method) {
    Axios.prototype[method] = function (url, config) {
      if (!F.modernMerge) return this.request(merge([config || {}, { method: method, url: url }]));
      var own = { method: method, url: url };
      // 0.21 stopped dropping the data of a get/delete config.
      if (F.isAxiosError) own.data = (config || {}).data;
      return this.request(mergeConfig(config || {}, own));
    };
  });

  ['post', 'put', 'patch'].forEach(function (method) {
    function withData(isForm) {
      return function (url, data, config) {
        if (!F.modernMerge) return this.request(merge([config || {}, { method: method, url: url, data: data }]));
        var own = { method: method, url: url, data: data };
        if (F.axiosError) own = { method: method, headers: isForm ? { 'Content-Type': 'multipart/form-data' } : {}, url: url, data: data };
        return this.request(mergeConfig(config || {}, own));
      };
    }
    Axios.prototype[method] = withData(false);
    if (F.axiosError) Axios.prototype[method + 'Form'] = withData(true);
  });

  var methodHeaderKeys = ['delete', 'get', 'head', 'post', 'put', 'patch', 'common'];

  function throwIfCancellationRequested(config) {
    if (config.cancelToken) config.cancelToken.throwIfRequested();
    if (F.instanceCreate && config.signal && config.signal.aborted) throw newCancel(F.v1 ? null : 'canceled', config);
  }

  function transformData(config, data, headers, fns) {
    fns = isArray(fns) ? fns : fns == null ? [] : [fns];
    for (var i = 0; i < fns.length; i++) {
      data = F.transitional ? fns[i].call(config, data, headers) : fns[i](data, headers);
    }
    return data;
  }

  // transformData1 is 1.x's: transforms see normalized AxiosHeaders and,
  // for a response, its status.
  function transformData1(config, fns, response) {
    var context = response || config;
    var headers = AxiosHeaders.from(context.headers);
    var data = context.data;
    fns = isArray(fns) ? fns : fns == null ? [] : [fns];
    for (var i = 0; i < fns.length; i++) {
      data = fns[i].call(config, data, headers.normalize(), response ? response.status : undefined);
    }
    headers.normalize();
    return data;
  }

  function dispatchRequest(config) {
    throwIfCancellationRequested(config);
    if (F.v1) {
      config.headers = AxiosHeaders.from(config.headers);
      config.data = transformData1(config, config.transformRequest);
      var late = config[LATE_CONTENT_TYPE];
      if (late !== undefined) config.headers.setContentType(late, false);
      if (['post', 'put', 'patch'].indexOf(config.method) !== -1) {
        config.headers.setContentType('application/x-www-form-urlencoded', false);
      }
    } else {
      if (F.baseURLInDispatch && config.baseURL && !isAbsoluteURL(config.url)) {
        config.url = combineURLs(config.baseURL, config.url);
      }
      config.headers = config.headers || {};
      config.data = transformData(config, config.data, config.headers, config.transformRequest);
      config.headers = merge([config.headers.common || {}, config.headers[config.method] || {}, config.headers]);
      for (var i = 0; i < methodHeaderKeys.length; i++) delete config.headers[methodHeaderKeys[i]];
    }

    var adapter = isFunction(config.adapter) ? config.adapter : httpAdapter;
    return afterAdapter(config, adapter(config));
  }

  function afterAdapter(config, promise) {
    return promise.then(function (response) {
      throwIfCancellationRequested(config);
      transformResponseOf(config, response);
      return response;
    }, function (reason) {
      if (!isCancel(reason)) {
        throwIfCancellationRequested(config);
        if (reason && reason.response) transformResponseOf(config, reason.response);
      }
      return Promise.reject(reason);
    });
  }

  function transformResponseOf(config, response) {
    if (F.v1) {
      response.data = transformData1(config, config.transformResponse, response);
      response.headers = AxiosHeaders.from(response.headers);
    } else {
      response.data = transformData(config, response.data, response.headers, config.transformResponse);
    }
  }

  // ---- the Node http adapter ----

  // ClientRequest stands for Node's http.ClientRequest in response.request
  // and error.request (the native side may have made it already).
  var ClientRequest = native.adopt('ClientRequest', function ClientRequest(method, target) {
    this.method = method;
    this.path = target.path;
    this.host = target.hostname;
    this.protocol = target.protocol;
  });

  // RedirectableRequest stands for follow-redirects' request, which is
  // what error.request is when the exchange failed and redirects were on.
  function RedirectableRequest(request) {
    var t = request.target;
    this._options = { method: request.method, path: t.path, hostname: t.hostname, port: t.port, headers: request.headers };
    this._redirectCount = request.redirects;
    this._currentRequest = request.lastRequest;
    this._currentUrl = t.protocol + '//' + t.hostname + (t.port ? ':' + t.port : '') + t.path;
  }

  // nodeTypeError is one of Node's own TypeErrors, which print their code.
  function nodeTypeError(code, message) {
    var err = new TypeError(message);
    err.code = code;
    Object.defineProperty(err, 'toString', {
      value: function () { return this.name + ' [' + this.code + ']: ' + this.message; },
      writable: true, configurable: true
    });
    return err;
  }

  // parseURL splits an absolute URL as Node's url.parse (0.x) and URL
  // (1.x) do for what the adapter uses.
  function parseURL(full) {
    var m = /^([a-z][a-z\d+\-.]*:)?\/\/([^\/?#]*)([^#]*)/i.exec(full);
    if (!m) return null;
    var authority = m[2], at = authority.lastIndexOf('@');
    var hostPort = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority.slice(at + 1)) || [authority, authority, ''];
    var protocol = (m[1] || '').toLowerCase() || null;
    var port = hostPort[2] || '';
    if ((protocol === 'http:' && port === '80') || (protocol === 'https:' && port === '443')) port = '';
    var rest = m[3] || '/';
    // 1.x reads pathname + search off new URL(), whose search is empty
    // for a bare '?'.
    if (F.v1 && rest.indexOf('?') === rest.length - 1) rest = rest.slice(0, -1);
    if (rest[0] !== '/') rest = '/' + rest;
    return {
      protocol: protocol,
      auth: at === -1 ? null : authority.slice(0, at),
      hostname: hostPort[1].toLowerCase(),
      port: port,
      path: escapeTarget(rest)
    };
  }

  // escapeTarget percent-encodes what Node would not put on the wire as is.
  function escapeTarget(target) {
    var q = target.indexOf('?');
    var path = q === -1 ? target : target.slice(0, q);
    var query = q === -1 ? '' : target.slice(q);
    function esc(re) { return function (s) { return s.replace(re, function (c) { return encodeURIComponent(c); }); }; }
    if (!F.v1) return esc(/[{}|\\^`'<>" \r\n\t]/g)(target);
    return esc(/[\ud800-\udbff][\udc00-\udfff]|[\x00-\x20"<>`{}\x7f-\uffff]/g)(path) +
      esc(/[\ud800-\udbff][\udc00-\udfff]|[\x00-\x20"<>'\x7f-\uffff]/g)(query);
  }

  function toBuffer(ab) {
    return typeof Buffer === 'function' && isFunction(Buffer.from) ? Buffer.from(ab) : new Uint8Array(ab);
  }

  function byteLength(data) {
    if (isString(data)) return utf8Length(data);
    return isArrayBuffer(data) ? data.byteLength : data.length;
  }

  // httpAdapter is the Node adapter. state carries one call: whether it
  // settled, the exchange in flight (to abort it) and what to undo after.
  function httpAdapter(config) {
    return adapterPromise(function (state) { dispatchHTTP(config, state); });
  }

  function adapterPromise(start) {
    return new Promise(function (resolvePromise, rejectPromise) {
      var state = { settled: false, exchange: null, cleanups: [], lastRequest: null };
      function finish(fn) {
        return function (value) {
          if (state.settled) return;
          state.settled = true;
          for (var i = 0; i < state.cleanups.length; i++) state.cleanups[i]();
          fn(value);
        };
      }
      state.resolve = finish(resolvePromise);
      state.reject = finish(rejectPromise);
      state.abort = function (reason) {
        if (state.settled) return;
        if (state.exchange) state.exchange.abort();
        state.reject(reason);
      };
      start(state);
    });
  }

  // resumeExchange takes over a request the native path sent, where the
  // adapter receives the exchange's outcome (a response, or the failure
  // when failed), and returns what dispatchRequest would. verdict, when
  // given, is what validateStatus said ({ok}) or threw ({threw, error}):
  // the native path asked it already.
  function resumeExchange(config, request, req, outcome, failed, verdict) {
    return afterAdapter(config, adapterPromise(function (state) {
      state.lastRequest = req;
      awaitExchange(config, request, req, state, failed ? Promise.reject(outcome) : Promise.resolve(outcome), verdict);
    }));
  }

  // dispatchHTTP prepares the request as the adapter of the required
  // release does, then sends it.
  function dispatchHTTP(config, state) {
    var reject = state.reject;
    var method = config.method.toUpperCase();
    var fullPath = buildFullPath(config.baseURL, config.url, config.allowAbsoluteUrls);
    var target = parseURL(fullPath);
    // 1.x hands the full path to new URL() with no base: a relative or a
    // protocol-relative one is invalid.
    if ((!target || !target.protocol) && F.v1) {
      var invalid = nodeTypeError('ERR_INVALID_URL', 'Invalid URL');
      invalid.input = fullPath;
      return reject(invalid);
    }
    // url.parse of a relative URL has no host, and Node then asks localhost.
    if (!target) target = { protocol: null, auth: null, hostname: 'localhost', port: '', path: escapeTarget(fullPath.replace(/#.*/, '')) };
    var protocol = target.protocol || 'http:';
    if (protocol !== 'http:' && protocol !== 'https:') {
      if (F.protocolCheck) {
        return reject(newError('Unsupported protocol ' + protocol, F.axiosError ? 'ERR_BAD_REQUEST' : undefined, config));
      }
      // Before 0.25 Node was simply asked for http (or https) at that host.
      protocol = /https:?/.test(protocol) ? 'https:' : 'http:';
    }
    target.protocol = protocol;

    var prepared = F.v1 ? prepareHeaders1(config) : prepareHeaders0(config);
    if (prepared.error) return reject(prepared.error);
    var headers = prepared.headers;

    var auth;
    if (config.auth) auth = (config.auth.username || '') + ':' + (config.auth.password || '');
    if (!auth && target.auth) auth = F.v1 ? userInfo(target.auth) : userInfoDecoded(target.auth);
    if (auth) deleteAuthorization(headers);

    if (F.queryBug) target.path = reserializeQuery(target.path);
    target.path = buildURL(target.path, config.params, config.paramsSerializer).replace(/^\?/, '');
    if (F.v1) {
      headers.set('Accept-Encoding', F.acceptCompress ? 'gzip, compress, deflate, br' : 'gzip, deflate, br', false);
    }

    var wire = wireHeaders(F.v1 ? headers.toJSON() : headers);
    if (wire.error) return reject(wire.error);
    // Node's http turns the auth option into Basic, unless a header is set.
    if (auth && !wire.hasAuthorization) wire.headers['Authorization'] = 'Basic ' + native.base64(auth);

    var timeout = 0;
    if (config.timeout) {
      // Before 0.21.2 the timeout went to req.setTimeout as it was.
      if (!F.transitional && typeof config.timeout !== 'number') {
        return reject(nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "msecs" argument must be of type number. Received type ' +
          typeof config.timeout + (isString(config.timeout) ? " ('" + config.timeout + "')" : ' (' + String(config.timeout) + ')')));
      }
      timeout = F.transitional ? parseInt(config.timeout, 10) : config.timeout;
      if (isNaN(timeout)) {
        return reject(newError('error trying to parse `config.timeout` to int',
          F.axiosError ? 'ERR_BAD_OPTION_VALUE' : 'ERR_PARSE_TIMEOUT', config, new ClientRequest(method, target)));
      }
    }

    var request = {
      method: method, target: target, headers: wire.headers, body: prepared.body, timeout: timeout,
      redirects: 0, maxRedirects: config.maxRedirects === 0 ? 0 : (config.maxRedirects || 21)
    };
    watchCancellation(config, state);
    exchangeHTTP(config, request, state);
  }

  // reserializeQuery is 1.0's pathname.concat(searchParams): the query
  // re-encoded as a form, glued to the path without its '?'.
  function reserializeQuery(path) {
    var q = path.indexOf('?');
    if (q === -1) return path;
    var query = path.slice(q + 1).split('&').filter(Boolean).map(function (pair) {
      var eq = pair.indexOf('=');
      var k = eq === -1 ? pair : pair.slice(0, eq), v = eq === -1 ? '' : pair.slice(eq + 1);
      function dec(x) { try { return decodeURIComponent(x.replace(/\+/g, ' ')); } catch (e) { return x; } }
      return formEncode(dec(k)) + '=' + formEncode(dec(v));
    });
    return path.slice(0, q) + query.join('&');
  }

  function userInfo(auth) {
    var colon = auth.indexOf(':');
    return colon === -1 ? auth + ':' : auth;
  }

  function userInfoDecoded(auth) {
    var parts = decodeURIComponent(auth).split(':');
    return (parts[0] || '') + ':' + (parts[1] || '');
  }

  function deleteAuthorization(headers) {
    if (F.v1) { headers.delete('authorization'); return; }
    if (!F.instanceCreate) { delete headers.Authorization; return; }
    var key = findKey(headers, 'authorization');
    if (key) delete headers[key];
  }

  // prepareHeaders0 is the 0.x adapter's work on the flattened headers:
  // User-Agent, the body's bytes and its Content-Length.
  function prepareHeaders0(config) {
    var headers = config.headers;
    var data = config.data;
    var uaKey = F.instanceCreate ? findKey(headers, 'user-agent') : ('User-Agent' in headers ? 'User-Agent' : 'user-agent' in headers ? 'user-agent' : null);
    if (!F.transitional) {
      if (!headers['User-Agent'] && !headers['user-agent']) headers['User-Agent'] = 'axios/' + VERSION;
    } else if (uaKey) {
      // 0.21.2: a falsy User-Agent sends none.
      if (!headers[uaKey]) { delete headers[uaKey]; if (!F.instanceCreate) delete headers['User-Agent']; }
    } else {
      headers['User-Agent'] = 'axios/' + VERSION;
    }
    if (data instanceof MultipartForm) {
      Object.assign(headers, data.getHeaders());
      return { headers: headers, body: data.toString() };
    }
    if (!data || isStream(data)) return { headers: headers, body: null };
    if (!(isBuffer(data) || isArrayBuffer(data) || isString(data))) {
      return { headers: headers, error: newError('Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream', F.axiosError ? 'ERR_BAD_REQUEST' : undefined, config) };
    }
    var length = byteLength(data);
    if (F.axiosError && config.maxBodyLength > -1 && length > config.maxBodyLength) {
      return { headers: headers, error: newError('Request body larger than maxBodyLength limit', 'ERR_BAD_REQUEST', config) };
    }
    if (!F.instanceCreate || !findKey(headers, 'content-length')) headers['Content-Length'] = length;
    return { headers: headers, body: data };
  }

  function prepareHeaders1(config) {
    var headers = AxiosHeaders.from(config.headers).normalize();
    var data = config.data;
    headers.set('User-Agent', 'axios/' + VERSION, false);
    if (data instanceof MultipartForm) {
      headers.set(data.getHeaders());
      var form = data.toString();
      if (!headers.hasContentLength()) headers.setContentLength(utf8Length(form));
      return { headers: headers, body: form };
    }
    if (!data || isStream(data)) return { headers: headers, body: null };
    if (!(isBuffer(data) || isArrayBuffer(data) || isString(data))) {
      return { headers: headers, error: newError('Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream', 'ERR_BAD_REQUEST', config) };
    }
    var length = byteLength(data);
    headers.setContentLength(length, false);
    if (config.maxBodyLength > -1 && length > config.maxBodyLength) {
      return { headers: headers, error: newError('Request body larger than maxBodyLength limit', 'ERR_BAD_REQUEST', config) };
    }
    return { headers: headers, body: data };
  }

  // wireHeaders turns the headers into what Node's setHeader would send:
  // one value per name whatever its case (the last one set wins), and an
  // undefined value is an error, as Node throws for it.
  function wireHeaders(headers) {
    var byLower = {}, names = Object.keys(headers);
    for (var i = 0; i < names.length; i++) {
      var value = headers[names[i]];
      if (value === undefined) {
        return { error: nodeTypeError('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "undefined" for header "' + names[i] + '"') };
      }
      byLower[names[i].toLowerCase()] = [names[i], isArray(value) ? value.map(String) : String(value)];
    }
    var out = {}, lower = Object.keys(byLower);
    for (var j = 0; j < lower.length; j++) out[byLower[lower[j]][0]] = byLower[lower[j]][1];
    // Go's client sends its own User-Agent unless told to send none.
    if (!('user-agent' in byLower)) out['User-Agent'] = '';
    return { headers: out, hasAuthorization: 'authorization' in byLower };
  }

  function watchCancellation(config, state) {
    function onCanceled(cancel) {
      state.abort(!cancel || cancel.type ? newCancel(F.v1 ? null : 'canceled', config, state.lastRequest) : cancel);
    }
    if (config.cancelToken) {
      if (F.instanceCreate) {
        config.cancelToken.subscribe(onCanceled);
        state.cleanups.push(function () { config.cancelToken.unsubscribe(onCanceled); });
      } else {
        config.cancelToken.promise.then(function (cancel) { state.abort(cancel); });
      }
    }
    if (F.instanceCreate && config.signal) {
      if (config.signal.aborted) onCanceled();
      else if (isFunction(config.signal.addEventListener)) {
        config.signal.addEventListener('abort', onCanceled);
        state.cleanups.push(function () { config.signal.removeEventListener('abort', onCanceled); });
      }
    }
  }

  var decodedEncodings0 = ['gzip', 'compress', 'deflate'];
  var decodedEncodings1 = ['gzip', 'x-gzip', 'compress', 'x-compress', 'deflate'];

  function exchangeHTTP(config, request, state) {
    if (state.settled) return;
    var t = request.target;
    var req = new ClientRequest(request.method, t);
    state.lastRequest = req;
    state.exchange = send({
      method: request.method,
      url: t.protocol + '//' + t.hostname + (t.port ? ':' + t.port : '') + t.path,
      headers: request.headers,
      body: request.body,
      timeout: request.timeout,
      decompress: config.decompress === false ? null : (F.v1 ? decodedEncodings1 : decodedEncodings0),
      binary: config.responseType === 'arraybuffer'
    });
    awaitExchange(config, request, req, state, state.exchange.promise);
  }

  function awaitExchange(config, request, req, state, promise, verdict) {
    promise.then(function (res) {
      if (state.settled || redirect(config, request, res, state)) return;
      onResponse(config, req, res, state, verdict);
    }, function (failure) {
      var errReq = request.maxRedirects === 0 ? req : new RedirectableRequest(request);
      state.reject(failure.timedOut ? timeoutError(config, errReq) : wrapError(nodeError(failure), config, errReq));
    });
  }

  function onResponse(config, req, res, state, verdict) {
    var reject = state.reject;
    var response = {
      status: res.status,
      statusText: res.statusText,
      headers: F.v1 ? new AxiosHeaders(res.headers) : res.headers,
      config: config,
      request: req
    };
    var data = res.body;
    if (config.maxContentLength > -1 && (isString(data) ? utf8Length(data) : data.byteLength) > config.maxContentLength) {
      return reject(newError('maxContentLength size of ' + config.maxContentLength + ' exceeded',
        F.axiosError ? 'ERR_BAD_RESPONSE' : null, config, req));
    }
    if (!isString(data)) data = toBuffer(data);
    else if (F.modernMerge && (!config.responseEncoding || config.responseEncoding === 'utf8') && data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    response.data = data;
    settle(state.resolve, reject, response, verdict);
  }

  function timeoutError(config, req) {
    var message;
    if (F.timeoutErrorMessage && config.timeoutErrorMessage) message = config.timeoutErrorMessage;
    else if (F.v1) message = config.timeout ? 'timeout of ' + config.timeout + 'ms exceeded' : 'timeout exceeded';
    else if (F.timeoutErrorMessage) message = 'timeout of ' + config.timeout + 'ms exceeded';
    else message = 'timeout of ' + (F.transitional ? parseInt(config.timeout, 10) : config.timeout) + 'ms exceeded';
    var transitional = !F.transitional ? null : config.transitional || (F.instanceCreate ? defaults.transitional : null);
    var code = transitional && transitional.clarifyTimeoutError ? 'ETIMEDOUT' : 'ECONNABORTED';
    return newError(message, code, config, req);
  }

  function settle(resolve, reject, response, verdict) {
    var validateStatus = response.config.validateStatus;
    if (verdict && verdict.threw) throw verdict.error;
    if (verdict ? verdict.ok : (F.modernMerge && !response.status) || !validateStatus || validateStatus(response.status)) {
      resolve(response);
      return;
    }
    var code = F.axiosError ? ['ERR_BAD_REQUEST', 'ERR_BAD_RESPONSE'][Math.floor(response.status / 100) - 4] : null;
    reject(newError('Request failed with status code ' + response.status, code, response.config, response.request, response));
  }

  // redirect follows a redirection as the follow-redirects package does
  // for the adapter, and reports whether it did.
  function redirect(config, request, res, state) {
    var location = res.headers.location;
    if (!location || request.maxRedirects === 0 || [301, 302, 303, 307, 308].indexOf(res.status) === -1) return false;
    if (++request.redirects > request.maxRedirects) {
      var err = new Error('Maximum number of redirects exceeded');
      err.code = 'ERR_FR_TOO_MANY_REDIRECTS';
      state.reject(wrapError(err, config, state.lastRequest));
      return true;
    }
    var from = request.target;
    var next = parseURL(resolveLocation(from, location));
    if (!next) return false;
    next.protocol = next.protocol || from.protocol;
    if (((res.status === 301 || res.status === 302) && request.method === 'POST') ||
        (res.status === 303 && !/^(?:GET|HEAD)$/.test(request.method))) {
      request.method = 'GET';
      request.body = null;
      dropRedirectHeaders(config, request, /^content-/i);
    }
    if (F.stripAuthOnRedirect && (next.hostname !== from.hostname || next.port !== from.port)) {
      dropRedirectHeaders(config, request, /^(?:authorization|cookie|proxy-authorization)$/i);
    }
    request.target = next;
    exchangeHTTP(config, request, state);
    return true;
  }

  function resolveLocation(from, location) {
    if (isAbsoluteURL(location)) return /^\/\//.test(location) ? from.protocol + location : location;
    var origin = from.protocol + '//' + from.hostname + (from.port ? ':' + from.port : '');
    if (location[0] === '/') return origin + location;
    var dir = from.path.replace(/[?#].*$/, '').replace(/[^\/]*$/, '');
    return origin + dir + location;
  }

  // dropRedirectHeaders removes headers follow-redirects would not resend.
  // 0.x handed it config.headers itself, so the config loses them too.
  function dropRedirectHeaders(config, request, re) {
    function drop(headers) { Object.keys(headers).forEach(function (k) { if (re.test(k)) delete headers[k]; }); }
    drop(request.headers);
    if (!F.v1) drop(config.headers);
  }

  // ---- the exported instance ----

  // createInstance decorates shell (an instance the native side made
  // first) when given one.
  function createInstance(defaultConfig, shell) {
    var context = new Axios(defaultConfig);
    var request = bind(Axios.prototype.request, context);
    var instance = shell || request;
    if (shell) native.adoptInstance(shell, request);
    extend(instance, Axios.prototype, context);
    extend(instance, context);
    if (F.instanceCreate) {
      instance.create = function create(instanceConfig) {
        return createInstance(mergeConfig(defaultConfig, instanceConfig));
      };
    }
    return instance;
  }

  var axios = createInstance(defaults, native.rootShell);
  axios.Axios = Axios;
  if (!F.instanceCreate) {
    axios.create = function create(instanceConfig) {
      return createInstance(mergeConfig(axios.defaults, instanceConfig));
    };
  }
  lazyExport('Cancel', function () { return classes().Cancel; });
  if (F.axiosError) lazyExport('CanceledError', function () { return classes().CanceledError; });
  lazyExport('CancelToken', cancelTokenClass);
  axios.isCancel = isCancel;
  if (F.instanceCreate) axios.VERSION = VERSION;
  if (F.axiosError) {
    axios.toFormData = function toFormData(obj, formData, options) {
      formData = formData || new MultipartForm();
      toFormPairs(obj, function (k, v) { formData.append(k, v); }, options);
      return formData;
    };
    lazyExport('AxiosError', function () { return classes().AxiosError; });
  }
  axios.all = function all(promises) { return Promise.all(promises); };
  axios.spread = function spread(callback) {
    return function wrap(arr) { return callback.apply(null, arr); };
  };
  if (F.isAxiosError) {
    axios.isAxiosError = function isAxiosError(payload) {
      return (F.protocolCheck ? isObject(payload) : typeof payload === 'object') && payload.isAxiosError === true;
    };
  }
  if (F.v1) {
    axios.mergeConfig = mergeConfig;
    axios.AxiosHeaders = AxiosHeaders;
    axios.formToJSON = function formToJSON(thing) { return thing; };
    axios.getAdapter = function getAdapter(adapters) { return isFunction(adapters) ? adapters : httpAdapter; };
    lazyExport('HttpStatusCode', httpStatusCodes);
  }
  if (F.defaultExport) axios.default = axios;
  native.expose({
    adoptInstance: function (shell, config) { return createInstance(config, shell); },
    dispatchRequest: dispatchRequest,
    resumeExchange: resumeExchange,
    AxiosHeaders: AxiosHeaders
  });
  return axios;

  // lazyExport defines axios[name] as what build returns, built when first
  // read (or replaced when first written): requiring axios should not pay
  // for classes most hooks never touch.
  function lazyExport(name, build) {
    function define(value) {
      Object.defineProperty(axios, name, { value: value, writable: true, enumerable: true, configurable: true });
      return value;
    }
    Object.defineProperty(axios, name, {
      get: function () { return define(build()); },
      set: define,
      enumerable: true,
      configurable: true
    });
  }

  // httpStatusCodes is axios.HttpStatusCode, the largest object axios exports.
  function httpStatusCodes() {
    var codes = {};
    ('Continue 100 SwitchingProtocols 101 Processing 102 EarlyHints 103 Ok 200 Created 201 Accepted 202 ' +
      'NonAuthoritativeInformation 203 NoContent 204 ResetContent 205 PartialContent 206 MultiStatus 207 ' +
      'AlreadyReported 208 ImUsed 226 MultipleChoices 300 MovedPermanently 301 Found 302 SeeOther 303 ' +
      'NotModified 304 UseProxy 305 Unused 306 TemporaryRedirect 307 PermanentRedirect 308 BadRequest 400 ' +
      'Unauthorized 401 PaymentRequired 402 Forbidden 403 NotFound 404 MethodNotAllowed 405 NotAcceptable 406 ' +
      'ProxyAuthenticationRequired 407 RequestTimeout 408 Conflict 409 Gone 410 LengthRequired 411 ' +
      'PreconditionFailed 412 PayloadTooLarge 413 UriTooLong 414 UnsupportedMediaType 415 RangeNotSatisfiable 416 ' +
      'ExpectationFailed 417 ImATeapot 418 MisdirectedRequest 421 UnprocessableEntity 422 Locked 423 ' +
      'FailedDependency 424 TooEarly 425 UpgradeRequired 426 PreconditionRequired 428 TooManyRequests 429 ' +
      'RequestHeaderFieldsTooLarge 431 UnavailableForLegalReasons 451 InternalServerError 500 NotImplemented 501 ' +
      'BadGateway 502 ServiceUnavailable 503 GatewayTimeout 504 HttpVersionNotSupported 505 ' +
      'VariantAlsoNegotiates 506 InsufficientStorage 507 LoopDetected 508 NotExtended 510 ' +
      'NetworkAuthenticationRequired 511').split(' ').forEach(function (item, i, all) {
      if (i % 2 === 0) {
        codes[item] = +all[i + 1];
        codes[all[i + 1]] = item;
      }
    });
    return codes;
  }
}
