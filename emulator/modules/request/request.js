function (native) {
  'use strict';
  var F = native.features;

  // request.js is the deprecated `request` package as hooks call it:
  // request(options|url[, options], callback), the verb helpers and
  // defaults(), with the option handling of request.js 2.88 (uri, baseUrl,
  // qs, form, formData, json, auth, gzip, encoding, timeout, redirects).
  // The exchange itself is native.send; streaming (pipe) is reduced to one
  // chunk, since the body arrives whole.

  var hasOwn = Object.prototype.hasOwnProperty;
  var toString = Object.prototype.toString;

  function isBinary(v) {
    return v !== null && typeof v === 'object' && (ArrayBuffer.isView(v) || toString.call(v) === '[object ArrayBuffer]');
  }

  function isPlainObject(v) {
    if (v === null || typeof v !== 'object' || toString.call(v) !== '[object Object]') return false;
    var proto = Object.getPrototypeOf(v);
    return proto === null || proto === Object.prototype;
  }

  // extend is the `extend` package (jQuery's): shallow, or deep for plain
  // objects and arrays; undefined values are skipped. Options objects are
  // plain, so their own keys are all there is to copy.
  function extend(deep, target) {
    for (var a = 2; a < arguments.length; a++) {
      var src = arguments[a];
      if (src === null || src === undefined) continue;
      var names = Object.keys(src);
      for (var n = 0; n < names.length; n++) {
        var name = names[n];
        var copy = src[name];
        if (target === copy) continue;
        if (deep && copy && (isPlainObject(copy) || Array.isArray(copy))) {
          var base = target[name];
          var clone = Array.isArray(copy) ? (Array.isArray(base) ? base : []) : (isPlainObject(base) ? base : {});
          target[name] = extend(true, clone, copy);
        } else if (copy !== undefined) {
          target[name] = copy;
        }
      }
    }
    return target;
  }

  function copy(obj) {
    var o = {};
    Object.keys(obj).forEach(function (k) { o[k] = obj[k]; });
    return o;
  }

  // codedError is an error of Node's own (ERR_*), made as Go makes them.
  function codedError(Ctor, code, message) { return native.codedError(Ctor.name, code, message); }

  function describeArg(v) {
    if (v === null) return 'null';
    if (v === undefined) return 'undefined';
    if (typeof v === 'string') return "type string ('" + v + "')";
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : '[object Object]';
    return 'type ' + typeof v + ' (' + String(v) + ')';
  }

  // ------------------------------------------------------------ events

  // EventEmitter is the part of Node's that request's users touch.
  function EventEmitter() {}
  EventEmitter.prototype.on = function (type, listener) {
    if (typeof listener !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "listener" argument must be of type function. Received ' + describeArg(listener));
    }
    var events = this._events || (this._events = Object.create(null));
    (events[type] || (events[type] = [])).push(listener);
    return this;
  };
  EventEmitter.prototype.addListener = EventEmitter.prototype.on;
  EventEmitter.prototype.prependListener = function (type, listener) {
    this.on(type, listener);
    var list = this._events[type];
    list.unshift(list.pop());
    return this;
  };
  EventEmitter.prototype.once = function (type, listener) {
    var self = this;
    function wrapper() {
      self.removeListener(type, wrapper);
      return listener.apply(this, arguments);
    }
    wrapper.listener = listener;
    return this.on(type, wrapper);
  };
  EventEmitter.prototype.removeListener = function (type, listener) {
    var list = this._events && this._events[type];
    if (!list) return this;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) { list.splice(i, 1); break; }
    }
    return this;
  };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
  EventEmitter.prototype.removeAllListeners = function (type) {
    if (!this._events) return this;
    if (type === undefined) this._events = Object.create(null);
    else delete this._events[type];
    return this;
  };
  EventEmitter.prototype.listeners = function (type) {
    return ((this._events && this._events[type]) || []).map(function (l) { return l.listener || l; });
  };
  EventEmitter.prototype.listenerCount = function (type) {
    return ((this._events && this._events[type]) || []).length;
  };
  EventEmitter.prototype.emit = function (type) {
    var list = this._events && this._events[type];
    var args = Array.prototype.slice.call(arguments, 1);
    if (!list || list.length === 0) {
      if (type === 'error') {
        var er = args[0];
        if (er instanceof Error) throw er;
        var err = codedError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + String(er) + ')');
        err.context = er;
        throw err;
      }
      return false;
    }
    list = list.slice();
    for (var i = 0; i < list.length; i++) list[i].apply(this, args);
    return true;
  };

  // ------------------------------------------------------------ qs

  function rfc3986(str) {
    return str.replace(/[!'()*]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });
  }

  function qsEncode(str) {
    return str.length === 0 ? str : rfc3986(encodeURIComponent(str));
  }

  // qsStringify is qs.stringify with the defaults request uses (qs 6.5):
  // brackets with indices, nulls as empty values, undefined skipped.
  function qsStringify(obj, opts) {
    opts = opts || {};
    var arrayFormat = opts.arrayFormat || (opts.indices === false ? 'repeat' : 'indices');
    var encode = opts.encode === false ? function (s) { return s; } : qsEncode;
    var delimiter = opts.delimiter === undefined ? '&' : opts.delimiter;
    var out = [];
    function add(value, prefix) {
      if (value instanceof Date) value = value.toISOString();
      if (value === null) {
        if (opts.strictNullHandling) { out.push(encode(prefix)); return; }
        value = '';
      }
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
        out.push(encode(prefix) + '=' + encode(String(value)));
        return;
      }
      if (value === undefined || typeof value !== 'object') return;
      Object.keys(value).forEach(function (key) {
        if (opts.skipNulls && value[key] === null) return;
        var p;
        if (Array.isArray(value)) {
          p = arrayFormat === 'brackets' ? prefix + '[]' : arrayFormat === 'repeat' ? prefix : prefix + '[' + key + ']';
        } else {
          p = opts.allowDots ? prefix + '.' + key : prefix + '[' + key + ']';
        }
        add(value[key], p);
      });
    }
    if (obj === null || typeof obj !== 'object') return '';
    Object.keys(obj).forEach(function (key) {
      if (opts.skipNulls && obj[key] === null) return;
      add(obj[key], key);
    });
    return (opts.addQueryPrefix && out.length ? '?' : '') + out.join(delimiter);
  }

  function qsDecode(s) {
    s = s.replace(/\+/g, ' ');
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  // qsParse is qs.parse for the query a URL already has: bracketed keys
  // nest (five levels), indices up to 20 make arrays, repeats combine.
  function qsParse(str) {
    var result = {};
    str.split('&').forEach(function (part) {
      if (!part) return;
      var bracketEq = part.indexOf(']=');
      var pos = bracketEq === -1 ? part.indexOf('=') : bracketEq + 1;
      var key = qsDecode(pos === -1 ? part : part.slice(0, pos));
      var val = pos === -1 ? '' : qsDecode(part.slice(pos + 1));
      var m = /^([^[]*)((?:\[[^\]]*\]){0,5})/.exec(key);
      var segments = [m[1] || key];
      (m[2].match(/\[[^\]]*\]/g) || []).forEach(function (s) { segments.push(s.slice(1, -1)); });
      if (m[1] === '' && segments.length > 1) segments.shift();
      assign(result, segments, val);
    });
    return result;
  }

  function assign(obj, segments, val) {
    var key = segments[0];
    if (segments.length === 1) {
      if (Array.isArray(obj) && key === '') obj.push(val);
      else if (hasOwn.call(obj, key)) obj[key] = [].concat(obj[key], val);
      else obj[key] = val;
      return;
    }
    var next = segments[1];
    var index = /^\d+$/.test(next) && Number(next) <= 20;
    if (Array.isArray(obj) && key === '') key = obj.length;
    if (!hasOwn.call(obj, key) || typeof obj[key] !== 'object') obj[key] = (next === '' || index) ? [] : {};
    assign(obj[key], segments.slice(1), val);
  }

  // querystringStringify is Node's querystring.stringify, for
  // useQuerystring: repeated keys for arrays, nothing for objects.
  function querystringStringify(obj, sep, eq) {
    sep = sep || '&';
    eq = eq || '=';
    function prim(v) {
      if (typeof v === 'string') return v;
      if ((typeof v === 'number' && isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
      return '';
    }
    var enc = function (s) { return encodeURIComponent(s); };
    return Object.keys(obj).map(function (k) {
      var v = obj[k];
      if (Array.isArray(v)) return v.map(function (x) { return enc(k) + eq + enc(prim(x)); }).join(sep);
      return enc(k) + eq + enc(prim(v));
    }).filter(function (s) { return s !== ''; }).join(sep);
  }

  function Querystring(request) {
    this.request = request;
    this.lib = null;
  }
  Querystring.prototype.init = function (options) {
    if (this.lib) return;
    this.useQuerystring = options.useQuerystring;
    this.lib = this.useQuerystring ? 'querystring' : 'qs';
    this.parseOptions = options.qsParseOptions || {};
    this.stringifyOptions = options.qsStringifyOptions || {};
  };
  Querystring.prototype.stringify = function (obj) {
    if (this.useQuerystring) {
      return rfc3986(querystringStringify(obj, this.stringifyOptions.sep, this.stringifyOptions.eq));
    }
    return qsStringify(obj, this.stringifyOptions);
  };
  Querystring.prototype.parse = function (str) {
    if (this.useQuerystring) {
      var out = {};
      str.split(this.parseOptions.sep || '&').forEach(function (part) {
        if (!part) return;
        var i = part.indexOf(this.parseOptions.eq || '=');
        var k = qsDecode(i < 0 ? part : part.slice(0, i)), v = i < 0 ? '' : qsDecode(part.slice(i + 1));
        out[k] = hasOwn.call(out, k) ? [].concat(out[k], v) : v;
      }, this);
      return out;
    }
    return qsParse(str);
  };

  // ------------------------------------------------------------ form-data

  var mimeTypes = {
    json: 'application/json', txt: 'text/plain', html: 'text/html', htm: 'text/html', csv: 'text/csv',
    xml: 'application/xml', js: 'application/javascript', pdf: 'application/pdf', png: 'image/png',
    jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', zip: 'application/zip',
    mp3: 'audio/mpeg', wav: 'audio/wave', mp4: 'video/mp4'
  };
  function mimeLookup(name) {
    var ext = /\.([^./\\]+)$/.exec(String(name));
    return ext ? mimeTypes[ext[1].toLowerCase()] || false : false;
  }

  // MultipartForm is the form-data package as request drives it for
  // formData: random 24-digit boundary, a part per value.
  function MultipartForm() {
    this.boundary = '--------------------------';
    for (var i = 0; i < 24; i++) this.boundary += Math.floor(Math.random() * 10).toString(16);
    this.parts = [];
  }
  MultipartForm.prototype.append = function (field, value, options) {
    options = typeof options === 'string' ? { filename: options } : (options || {});
    if (typeof value === 'number') value = '' + value;
    if (Array.isArray(value)) throw new Error('Arrays are not supported.');
    var filename = options.filepath || options.filename || (value && (value.name || value.path));
    if (filename && !options.filepath) filename = String(filename).split(/[\\/]/).pop();
    var contentType = options.contentType || (value && value.name && mimeLookup(value.name)) ||
      ((options.filepath || options.filename) && mimeLookup(options.filepath || options.filename)) ||
      (typeof value === 'object' && value !== null ? 'application/octet-stream' : '');
    var header = '--' + this.boundary + '\r\nContent-Disposition: form-data; name="' + field + '"' +
      (filename ? '; filename="' + filename + '"' : '') + '\r\n' + (contentType ? 'Content-Type: ' + contentType + '\r\n' : '') + '\r\n';
    this.parts.push(header, isBinary(value) ? value : String(value), '\r\n');
  };
  MultipartForm.prototype.body = function () {
    return native.concat(this.parts.concat(['--' + this.boundary + '--\r\n']));
  };

  // ------------------------------------------------------------ auth

  function Auth(request) {
    this.request = request;
    this.hasAuth = false;
    this.sentAuth = false;
    this.bearerToken = null;
    this.user = null;
    this.pass = null;
  }
  Auth.prototype.basic = function (user, pass, sendImmediately) {
    if (typeof user !== 'string' || (pass !== undefined && typeof pass !== 'string')) {
      this.request.emit('error', new Error('auth() received invalid user or password'));
    }
    this.user = user;
    this.pass = pass;
    this.hasAuth = true;
    if (sendImmediately || typeof sendImmediately === 'undefined') {
      this.sentAuth = true;
      return 'Basic ' + native.base64(user + ':' + (pass || ''));
    }
  };
  Auth.prototype.bearer = function (bearer, sendImmediately) {
    this.bearerToken = bearer;
    this.hasAuth = true;
    if (sendImmediately || typeof sendImmediately === 'undefined') {
      if (typeof bearer === 'function') bearer = bearer();
      this.sentAuth = true;
      return 'Bearer ' + (bearer || '');
    }
  };
  Auth.prototype.onRequest = function (user, pass, sendImmediately, bearer) {
    var header;
    if (bearer === undefined && user === undefined) this.request.emit('error', new Error('no auth mechanism defined'));
    else if (bearer !== undefined) header = this.bearer(bearer, sendImmediately);
    else header = this.basic(user, pass, sendImmediately);
    if (header) this.request.setHeader('authorization', header);
  };
  // onResponse answers a 401 challenge when the credentials were held
  // back (sendImmediately: false). Digest is not emulated.
  Auth.prototype.onResponse = function (response) {
    if (!this.hasAuth || this.sentAuth) return null;
    var challenge = response.caseless.get('www-authenticate');
    var verb = challenge && challenge.split(' ')[0].toLowerCase();
    if (verb === 'basic') return this.basic(this.user, this.pass, true);
    if (verb === 'bearer') return this.bearer(this.bearerToken, true);
    return null;
  };

  // ------------------------------------------------------------ Request

  var reserved = null;

  function Request(options) {
    var self = this;
    EventEmitter.call(self);
    reserved = reserved || Object.keys(Request.prototype);
    var kept = {};
    var names = Object.keys(options);
    for (var n = 0; n < names.length; n++) {
      var i = names[n];
      if (reserved.indexOf(i) === -1) self[i] = options[i];
      if (!(reserved.indexOf(i) !== -1 && typeof options[i] === 'function')) kept[i] = options[i];
    }
    options = kept;
    self.readable = true;
    self.writable = true;
    if (options.method) self.explicitMethod = true;
    self._qs = new Querystring(self);
    self._auth = new Auth(self);
    self._redirect = {
      followRedirects: true, followAllRedirects: false, followOriginalHttpMethod: false,
      allowRedirect: function () { return true; }, maxRedirects: 10, redirects: [], redirectsFollowed: 0, removeRefererHeader: false
    };
    self.init(options);
  }
  Request.prototype = Object.create(EventEmitter.prototype);
  Request.prototype.constructor = Request;

  function requestToJSON() {
    return { uri: this.uri, method: this.method, headers: this.headers };
  }
  function responseToJSON() {
    return { statusCode: this.statusCode, body: this.body, headers: this.headers, request: requestToJSON.call(this.request) };
  }

  // Caseless is the caseless package: case-insensitive access to an object
  // of headers, which request uses for its own and for responses'.
  function Caseless(dict) { this.dict = dict; }
  Caseless.prototype.has = function (name) {
    name = String(name).toLowerCase();
    var keys = Object.keys(this.dict);
    for (var i = 0; i < keys.length; i++) if (keys[i].toLowerCase() === name) return keys[i];
    return false;
  };
  Caseless.prototype.get = function (name) {
    var k = this.has(name);
    return k === false ? undefined : this.dict[k];
  };
  Caseless.prototype.set = function (name, value, clobber) {
    if (typeof name === 'object') {
      for (var key in name) this.set(key, name[key], value);
      return;
    }
    if (clobber === undefined) clobber = true;
    var k = this.has(name);
    if (!clobber && k) this.dict[k] = this.dict[k] + ',' + value;
    else this.dict[k || name] = value;
    return k;
  };
  Caseless.prototype.del = function (name) {
    var k = this.has(name);
    if (k !== false) delete this.dict[k];
    return k;
  };
  function caseless(dict) { return new Caseless(dict); }

  Request.prototype.setHeader = function (name, value, clobber) {
    caseless(this.headers).set(name, value, clobber);
    return this;
  };
  Request.prototype.hasHeader = function (name) { return caseless(this.headers).has(name); };
  Request.prototype.getHeader = function (name, headers) { return caseless(headers || this.headers).get(name); };
  Request.prototype.removeHeader = function (name) { caseless(this.headers).del(name); return this; };

  function invalidURI(self, options) {
    var message = 'Invalid URI "' + self.uri.href + '"';
    if (Object.keys(options).length === 0) message += '. This can be caused by a crappy redirection.';
    self.abort();
    return self.emit('error', new Error(message));
  }

  Request.prototype.init = function (options) {
    var self = this;
    if (!options) options = {};
    self.headers = self.headers ? copy(self.headers) : {};
    Object.keys(self.headers).forEach(function (name) {
      if (typeof self.headers[name] === 'undefined') delete self.headers[name];
    });
    if (!self.method) self.method = options.method || 'GET';
    self._qs.init(options);
    self.dests = self.dests || [];
    self.__isRequestRequest = true;

    if (!self._callback && self.callback) {
      self._callback = self.callback;
      self.callback = function () {
        if (self._callbackCalled) return;
        self._callbackCalled = true;
        self._callback.apply(self, arguments);
      };
      self.on('error', self.callback.bind());
      self.on('complete', self.callback.bind(self, null));
    }

    if (!self.uri && self.url) {
      self.uri = self.url;
      delete self.url;
    }
    if (self.baseUrl) {
      if (typeof self.baseUrl !== 'string') return self.emit('error', new Error('options.baseUrl must be a string'));
      if (typeof self.uri !== 'string') return self.emit('error', new Error('options.uri must be a string when using options.baseUrl'));
      if (self.uri.indexOf('//') === 0 || self.uri.indexOf('://') !== -1) {
        return self.emit('error', new Error('options.uri must be a path when using options.baseUrl'));
      }
      var baseSlash = self.baseUrl.lastIndexOf('/') === self.baseUrl.length - 1;
      var uriSlash = self.uri.indexOf('/') === 0;
      if (baseSlash && uriSlash) self.uri = self.baseUrl + self.uri.slice(1);
      else if (baseSlash || uriSlash) self.uri = self.baseUrl + self.uri;
      else if (self.uri === '') self.uri = self.baseUrl;
      else self.uri = self.baseUrl + '/' + self.uri;
      delete self.baseUrl;
    }
    if (!self.uri) return self.emit('error', new Error('options.uri is a required argument'));
    if (typeof self.uri === 'string') self.uri = native.parse(self.uri);
    else if (typeof self.uri.href === 'string') self.uri = native.parse(self.uri.href);
    else self.uri = native.parse(String(self.uri));
    if (self.uri.protocol === 'unix:') {
      return self.emit('error', new Error('`unix://` URL scheme is no longer supported. Please use the format `http://unix:SOCKET:PATH`'));
    }
    if (self.strictSSL === false) self.rejectUnauthorized = false;
    if (!self.uri.pathname) self.uri.pathname = '/';
    if (!(self.uri.host || (self.uri.hostname && self.uri.port))) return invalidURI(self, options);

    self._redirectOptions(options);

    self.setHost = false;
    if (!self.hasHeader('host')) {
      self.setHeader('host', self.uri.host);
      if (self.uri.port && ((self.uri.port === '80' && self.uri.protocol === 'http:') || (self.uri.port === '443' && self.uri.protocol === 'https:'))) {
        self.setHeader('host', self.uri.hostname);
      }
      self.setHost = true;
    }
    if (!self.uri.port) {
      if (self.uri.protocol === 'http:') self.uri.port = 80;
      else if (self.uri.protocol === 'https:') self.uri.port = 443;
    }
    self.port = self.uri.port;
    self.host = self.uri.hostname;

    if (options.form) self.form(options.form);
    if (options.formData) {
      var form = new MultipartForm();
      self._form = form;
      try {
        Object.keys(options.formData).forEach(function (key) {
          var value = options.formData[key];
          (Array.isArray(value) ? value : [value]).forEach(function (v) {
            if (v && hasOwn.call(v, 'value') && hasOwn.call(v, 'options')) form.append(key, v.value, v.options);
            else form.append(key, v);
          });
        });
      } catch (err) {
        err.message = 'form-data: ' + err.message;
        self.emit('error', err);
        self.abort();
        return;
      }
    }
    if (options.qs) self.qs(options.qs);
    self.path = self.uri.path || (self.uri.pathname + (self.uri.search || ''));
    if (self.path.length === 0) self.path = '/';

    if (options.auth) {
      if (hasOwn.call(options.auth, 'username')) options.auth.user = options.auth.username;
      if (hasOwn.call(options.auth, 'password')) options.auth.pass = options.auth.password;
      self.auth(options.auth.user, options.auth.pass, options.auth.sendImmediately, options.auth.bearer);
    }
    if (self.gzip && !self.hasHeader('accept-encoding')) self.setHeader('accept-encoding', 'gzip, deflate');
    if (self.uri.auth && !self.hasHeader('authorization')) {
      var pieces = self.uri.auth.split(':');
      self.auth(pieces[0], pieces.slice(1).join(':'), true);
    }
    if (options.json) self.json(options.json);
    if (options.multipart) {
      return self.emit('error', new Error('hookemu: the multipart option of request is not emulated; use formData'));
    }

    if (self.body && !isStream(self.body)) {
      if (!self._setContentLength()) return;
    }

    var protocol = self.uri.protocol;
    if (protocol !== 'http:' && protocol !== 'https:') {
      return self.emit('error', new Error('Invalid protocol: ' + protocol));
    }

    // request starts on the next turn, so that the caller can still add
    // listeners, headers or abort.
    Promise.resolve().then(function () { self._start(); });
  };

  function isStream(v) { return v !== null && typeof v === 'object' && typeof v.pipe === 'function'; }

  Request.prototype._setContentLength = function () {
    var self = this;
    if (ArrayBuffer.isView(self.body)) self.body = native.buffer(native.concat([self.body]));
    if (!self.hasHeader('content-length')) {
      var length;
      if (typeof self.body === 'string') length = native.byteLength(self.body);
      else if (Array.isArray(self.body)) length = self.body.reduce(function (a, b) { return a + b.length; }, 0);
      else length = self.body.length;
      if (length) {
        self.setHeader('content-length', length);
      } else {
        self._badBody = true;
        self.emit('error', new Error('Argument error, options.body.'));
        return false;
      }
    }
    return true;
  };

  Request.prototype._redirectOptions = function (options) {
    var r = this._redirect;
    if (options.maxRedirects !== undefined) r.maxRedirects = options.maxRedirects;
    if (typeof options.followRedirect === 'function') r.allowRedirect = options.followRedirect;
    if (options.followRedirect !== undefined) r.followRedirects = !!options.followRedirect;
    if (options.followAllRedirects !== undefined) r.followAllRedirects = options.followAllRedirects;
    if (options.removeRefererHeader !== undefined) r.removeRefererHeader = options.removeRefererHeader;
    if (options.followOriginalHttpMethod !== undefined) r.followOriginalHttpMethod = options.followOriginalHttpMethod;
  };

  Request.prototype.qs = function (q, clobber) {
    var self = this;
    var base = !clobber && self.uri.query ? self._qs.parse(self.uri.query) : {};
    for (var i in q) base[i] = q[i];
    var qs = self._qs.stringify(base);
    if (qs === '') return self;
    self.uri = native.parse(self.uri.href.split('?')[0] + '?' + qs);
    self.url = self.uri;
    self.path = self.uri.path;
    return self;
  };

  Request.prototype.form = function (form) {
    var self = this;
    if (form) {
      if (!/^application\/x-www-form-urlencoded\b/.test(self.getHeader('content-type'))) {
        self.setHeader('content-type', 'application/x-www-form-urlencoded');
      }
      self.body = typeof form === 'string' ? rfc3986(form.toString('utf8')) : self._qs.stringify(form).toString('utf8');
      return self;
    }
    self._form = new MultipartForm();
    return self._form;
  };

  Request.prototype.json = function (val) {
    var self = this;
    if (!self.hasHeader('accept')) self.setHeader('accept', 'application/json');
    if (typeof self.jsonReplacer === 'function') self._jsonReplacer = self.jsonReplacer;
    self._json = true;
    if (typeof val === 'boolean') {
      if (self.body !== undefined) {
        if (!/^application\/x-www-form-urlencoded\b/.test(self.getHeader('content-type'))) {
          self.body = JSON.stringify(self.body, self._jsonReplacer);
        } else {
          self.body = rfc3986(self.body);
        }
        if (!self.hasHeader('content-type')) self.setHeader('content-type', 'application/json');
      }
    } else {
      self.body = JSON.stringify(val, self._jsonReplacer);
      if (!self.hasHeader('content-type')) self.setHeader('content-type', 'application/json');
    }
    if (typeof self.jsonReviver === 'function') self._jsonReviver = self.jsonReviver;
    return self;
  };

  Request.prototype.auth = function (user, pass, sendImmediately, bearer) {
    this._auth.onRequest(user, pass, sendImmediately, bearer);
    return this;
  };

  Request.prototype.jar = function () { return this; };

  // _start does what request's deferred end() and start() do: settle the
  // body and its headers, then send.
  Request.prototype._start = function () {
    var self = this;
    if (self._aborted || self._badBody) return;
    if (self._form && !self.hasHeader('content-length')) {
      self._formBody = self._form.body();
      self.setHeader({ 'content-type': 'multipart/form-data; boundary=' + self._form.boundary }, true);
      self.setHeader('content-length', self._formBody.byteLength);
    }
    var body = null;
    if (self._form && (!self._auth.hasAuth || self._auth.sentAuth)) {
      body = self._formBody || self._form.body();
    } else if (self.body) {
      if (!self._setContentLength()) return;
      body = Array.isArray(self.body) ? native.concat(self.body) : native.concat([self.body]);
    } else if (!(self._auth.hasAuth && !self._auth.sentAuth) && self.method !== 'GET' && typeof self.method !== 'undefined') {
      self.setHeader('content-length', 0);
    }
    self._send(body);
  };

  var tokenRE = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  var invalidCharRE = /[^\t\x20-\x7e\x80-\xff]/;

  // wireHeaders is what Node's http.request makes of request's headers:
  // the Host line is the URL's (Go's client writes it), values are
  // strings, arrays are repeated lines; invalid names and values throw.
  function wireHeaders(headers) {
    var out = [];
    var names = Object.keys(headers);
    for (var i = 0; i < names.length; i++) {
      var name = names[i], value = headers[name];
      if (!tokenRE.test(name)) throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
      if (name.toLowerCase() === 'host') continue;
      var values = Array.isArray(value) ? value : [value];
      for (var j = 0; j < values.length; j++) {
        var v = String(values[j]);
        if (invalidCharRE.test(v)) throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
        out.push([name, v]);
      }
    }
    return out;
  }

  Request.prototype._send = function (body) {
    var self = this;
    self._started = true;
    self.method = self.method || 'GET';
    self.href = self.uri.href;
    var headers;
    try {
      headers = wireHeaders(self.headers);
    } catch (err) {
      self.emit('error', err);
      return;
    }
    var timeout;
    if (self.timeout) {
      if (self.timeout < 0) timeout = 0.001;
      else if (typeof self.timeout === 'number' && isFinite(self.timeout)) timeout = self.timeout;
    }
    self._body = body;
    // Node's Host line leaves out a default port written in the URL; Go's
    // client writes the URL's, so the URL goes without it.
    var host = self.uri.host;
    if ((self.uri.protocol === 'http:' && /:80$/.test(host)) || (self.uri.protocol === 'https:' && /:443$/.test(host))) {
      host = self.uri.hostname.indexOf(':') >= 0 ? '[' + self.uri.hostname + ']' : self.uri.hostname;
    }
    var url = self.uri.protocol + '//' + host + self.path;
    self._exchange = native.send({
      method: String(self.method).toUpperCase(), url: url, headers: headers, body: body, timeout: timeout || 0, gzip: !!self.gzip
    }, function (err, res) {
      self._exchange = null;
      if (self._aborted) return;
      if (err) {
        if (err.kind === 'timeout') {
          self.abort();
          var e = new Error(err.connecting ? 'ETIMEDOUT' : 'ESOCKETTIMEDOUT');
          e.code = err.connecting ? 'ETIMEDOUT' : 'ESOCKETTIMEDOUT';
          e.connect = !!err.connecting;
          self.emit('error', e);
          return;
        }
        self.emit('error', nodeError(err));
        return;
      }
      self._onResponse(res);
    });
  };

  // nodeError is the Error Node's net and dns layers give
  // (httpkit.NetErrorError).
  function nodeError(e) { return native.netError(e); }

  // decode is buf.toString(encoding), which throws for an encoding Node
  // does not know.
  function decode(bytes, encoding) {
    var s = native.decode(bytes, String(encoding));
    if (s === null) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    return s;
  }

  // IncomingMessage is the response object: what Node's http gives, plus
  // what request adds (request, toJSON, caseless, body).
  function IncomingMessage(res, request) {
    EventEmitter.call(this);
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = true;
    this.rawHeaders = res.rawHeaders;
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = res.status;
    this.statusMessage = res.statusText;
    var headers = res.headers;
    Object.defineProperty(this, 'headers', { value: headers, writable: true, configurable: true });
    Object.defineProperty(this, 'trailers', { value: {}, writable: true, configurable: true });
    this.request = request;
    this.toJSON = responseToJSON;
    this.caseless = caseless(headers);
  }
  IncomingMessage.prototype = Object.create(EventEmitter.prototype);
  IncomingMessage.prototype.constructor = IncomingMessage;
  IncomingMessage.prototype.setEncoding = function () { return this; };
  IncomingMessage.prototype.resume = function () { return this; };
  IncomingMessage.prototype.pause = function () { return this; };
  IncomingMessage.prototype.destroy = function () { return this; };

  Request.prototype._onResponse = function (res) {
    var self = this;
    var response = new IncomingMessage(res, self);
    self.response = response;
    self.originalHost = self.getHeader('host');
    if (!self.originalHostHeaderName) self.originalHostHeaderName = self.hasHeader('host');
    if (self.setHost) self.removeHeader('host');
    if (self._followRedirect(response)) return;

    var chunk = null;
    if (res.body.byteLength > 0) {
      chunk = self.encoding ? decode(res.body, self.encoding) : native.buffer(res.body);
    }
    self.emit('response', response);
    if (self._aborted) return;
    if (chunk !== null) {
      self._destdata = true;
      response.emit('data', chunk);
      self.emit('data', chunk);
    }
    response.emit('end');
    self._ended = true;
    self.emit('end');
    if (self._aborted) return;
    if (!self.callback) {
      self.emit('complete', response);
      return;
    }
    if (chunk !== null) {
      response.body = self.encoding === null ? chunk : (typeof chunk === 'string' ? chunk : decode(res.body, 'utf8'));
      if (self.encoding === 'utf8' && typeof response.body === 'string' && response.body.charCodeAt(0) === 0xFEFF) {
        response.body = response.body.substring(1);
      }
    }
    if (self._json) {
      try { response.body = JSON.parse(response.body, self._jsonReviver); } catch (e) { /* not JSON: keep the text */ }
    }
    if (typeof response.body === 'undefined' && !self._json) {
      response.body = self.encoding === null ? native.buffer(new ArrayBuffer(0)) : '';
    }
    self.emit('complete', response, response.body);
  };

  // _followRedirect is request's Redirect.onResponse: it sends the next
  // request and returns true, or returns false to hand the response over.
  Request.prototype._followRedirect = function (response) {
    var self = this, r = self._redirect;
    var redirectTo = null;
    if (response.statusCode >= 300 && response.statusCode < 400 && response.caseless.has('location')) {
      var location = response.caseless.get('location');
      if (r.followAllRedirects) redirectTo = location;
      else if (r.followRedirects && ['PATCH', 'PUT', 'POST', 'DELETE'].indexOf(self.method) === -1) redirectTo = location;
    } else if (response.statusCode === 401) {
      var authHeader = self._auth.onResponse(response);
      if (authHeader) {
        self.setHeader('authorization', authHeader);
        redirectTo = self.uri.href;
      }
    }
    if (!redirectTo || !r.allowRedirect.call(self, response)) return false;
    if (r.redirectsFollowed >= r.maxRedirects) {
      self.emit('error', new Error('Exceeded maxRedirects. Probably stuck in a redirect loop ' + self.uri.href));
      return false;
    }
    r.redirectsFollowed += 1;
    if (!/^https?:/.test(redirectTo)) redirectTo = native.resolve(self.uri.href, redirectTo);
    var uriPrev = self.uri;
    self.uri = native.parse(redirectTo);
    r.redirects.push({ statusCode: response.statusCode, redirectUri: redirectTo });
    if (r.followAllRedirects && self.method !== 'HEAD' && response.statusCode !== 401 && response.statusCode !== 307) {
      self.method = r.followOriginalHttpMethod ? self.method : 'GET';
    }
    delete self.response;
    delete self._started;
    if (response.statusCode !== 401 && response.statusCode !== 307) {
      delete self.body;
      delete self._form;
      delete self._formBody;
      self.removeHeader('host');
      self.removeHeader('content-type');
      self.removeHeader('content-length');
      if (self.uri.hostname !== String(self.originalHost).split(':')[0]) self.removeHeader('authorization');
    }
    if (!r.removeRefererHeader) self.setHeader('referer', uriPrev.href);
    self.emit('redirect');
    self.init();
    return true;
  };

  Request.prototype.abort = function () {
    var self = this;
    self._aborted = true;
    if (self._exchange) {
      self._exchange();
      self._exchange = null;
    }
    self.emit('abort');
  };

  Request.prototype.pipe = function (dest) {
    var self = this;
    self.dests.push(dest);
    self.on('data', function (chunk) { dest.write(chunk); });
    self.on('end', function () { if (typeof dest.end === 'function') dest.end(); });
    return dest;
  };
  Request.prototype.write = function () { throw new Error('hookemu: writing to a request stream is not emulated; pass body instead'); };
  Request.prototype.end = function () { };
  Request.prototype.pause = function () { };
  Request.prototype.resume = function () { };
  Request.prototype.destroy = function () { if (!this._ended) this.abort(); };
  Request.prototype.toJSON = requestToJSON;

  // ------------------------------------------------------------ API

  function initParams(uri, options, callback) {
    if (typeof options === 'function') callback = options;
    var params = {};
    if (options !== null && typeof options === 'object') extend(false, params, options, { uri: uri });
    else if (typeof uri === 'string') extend(false, params, { uri: uri });
    else extend(false, params, uri);
    params.callback = callback || params.callback;
    return params;
  }

  function paramsHaveRequestBody(params) {
    return params.body || params.requestBodyStream || (params.json && typeof params.json !== 'boolean') || params.multipart;
  }

  function request(uri, options, callback) {
    if (typeof uri === 'undefined') throw new Error('undefined is not a valid uri or options object.');
    var params = initParams(uri, options, callback);
    if (params.method === 'HEAD' && paramsHaveRequestBody(params)) {
      throw new Error('HTTP HEAD requests MUST NOT include a request body.');
    }
    return new request.Request(params);
  }

  function verbFunc(verb) {
    var method = verb.toUpperCase();
    return function (uri, options, callback) {
      var params = initParams(uri, options, callback);
      params.method = method;
      return request(params, params.callback);
    };
  }

  request.get = verbFunc('get');
  request.head = verbFunc('head');
  if (F.optionsVerb) request.options = verbFunc('options');
  request.post = verbFunc('post');
  request.put = verbFunc('put');
  request.patch = verbFunc('patch');
  request.del = verbFunc('delete');
  request['delete'] = verbFunc('delete');

  // Cookie jars are accepted and ignored: no cookie is stored or sent.
  function CookieJar() {}
  CookieJar.prototype.setCookie = function () { };
  CookieJar.prototype.getCookieString = function () { return ''; };
  CookieJar.prototype.getCookies = function () { return []; };
  request.jar = function () { return new CookieJar(); };
  request.cookie = function (str) { return str; };

  function wrapRequestMethod(method, options, requester, verb) {
    return function (uri, opts, callback) {
      var params = initParams(uri, opts, callback);
      var target = {};
      extend(true, target, options, params);
      target.pool = params.pool || options.pool;
      if (verb) target.method = verb.toUpperCase();
      if (typeof requester === 'function') method = requester;
      return method(target, target.callback);
    };
  }

  request.defaults = function (options, requester) {
    var self = this;
    options = options || {};
    if (typeof options === 'function') {
      requester = options;
      options = {};
    }
    var defaults = wrapRequestMethod(self, options, requester);
    ['get', 'head', 'post', 'put', 'patch', 'del', 'delete'].forEach(function (verb) {
      defaults[verb] = wrapRequestMethod(self[verb], options, requester, verb);
    });
    defaults.cookie = wrapRequestMethod(self.cookie, options, requester);
    defaults.jar = self.jar;
    defaults.defaults = self.defaults;
    return defaults;
  };

  request.forever = function (agentOptions, optionsArg) {
    var options = {};
    if (optionsArg) extend(false, options, optionsArg);
    if (agentOptions) options.agentOptions = agentOptions;
    options.forever = true;
    return request.defaults(options);
  };

  request.Request = Request;
  request.initParams = initParams;
  Object.defineProperty(request, 'debug', {
    enumerable: true,
    get: function () { return !!Request.debug; },
    set: function (debug) { Request.debug = debug; }
  });

  return request;
}
