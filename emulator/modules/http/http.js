function (native) {
  'use strict';

  const EventEmitter = native.EventEmitter;
  const Stream = native.Stream;
  const Readable = native.Readable;
  const Buffer = native.Buffer;
  const URL = native.URL;
  const urlToHttpOptions = native.urlToHttpOptions;

  // ---- Node's errors ---------------------------------------------------

  function nodeError(Base, code, message) {
    return native.codedError(Base.name, code, message);
  }

  function invalidArgType(what, expected, value) {
    return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The ' + what + ' must be ' + expected + '. ' + native.received(value));
  }

  function connReset(message) {
    const err = new Error(message);
    err.code = 'ECONNRESET';
    return err;
  }

  // netError turns Go's description of a failed exchange into the Error
  // Node's net and dns layers give (httpkit.NetErrorError).
  function netError(d) {
    if (d.message === 'socket hang up') return connReset(d.message);
    return native.netError(d);
  }

  function abortError(signal) {
    const err = new Error('The operation was aborted');
    err.code = 'ABORT_ERR';
    err.name = 'AbortError';
    if (signal && signal.reason !== undefined) err.cause = signal.reason;
    return err;
  }

  // ---- tokens and headers ----------------------------------------------

  const tokenRE = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const invalidValueRE = /[^\t\x20-\x7e\x80-\xff]/;

  function validateHeaderName(name, label) {
    if (typeof name !== 'string' || !name || !tokenRE.test(name)) {
      throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', (label || 'Header name') + ' must be a valid HTTP token ["' + name + '"]');
    }
  }

  function validateHeaderValue(name, value) {
    if (value === undefined) {
      throw nodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
    }
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (invalidValueRE.test(String(v))) {
        throw nodeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
      }
    }
  }

  // headersOf is IncomingMessage's headers (merged by Node's rule, in
  // Go) and headersDistinct (every value of every name, in order).
  function headersOf(raw) {
    const distinct = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      (distinct[name] = distinct[name] || []).push(raw[i + 1]);
    }
    return { headers: native.nodeHeaders(raw), distinct };
  }

  // ---- Agent -----------------------------------------------------------

  // Agent keeps Node's options and counts; connections are the run's
  // transport's, so an Agent only decides how many requests of one
  // host run at once (maxSockets) and which default port and protocol a
  // request gets.
  class Agent extends EventEmitter {
    constructor(options) {
      super();
      this.defaultPort = 80;
      this.protocol = 'http:';
      this.options = Object.assign(Object.create(null), options);
      if (this.options.noDelay === undefined) this.options.noDelay = true;
      this.options.path = null;
      this.requests = Object.create(null);
      this.sockets = Object.create(null);
      this.freeSockets = Object.create(null);
      this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
      this.keepAlive = this.options.keepAlive || false;
      this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
      this.maxFreeSockets = this.options.maxFreeSockets || 256;
      this.scheduling = this.options.scheduling || 'lifo';
      this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
      this.totalSocketCount = 0;
    }

    getName(options) {
      options = options || {};
      let name = (options.host || 'localhost') + ':';
      if (options.port) name += options.port;
      name += ':';
      if (options.localAddress) name += options.localAddress;
      if (options.family === 4 || options.family === 6) name += ':' + options.family;
      return name;
    }

    // acquire hands req a socket now, or once one of its host's is free.
    acquire(req, name, assign) {
      const busy = this.sockets[name] || (this.sockets[name] = []);
      if (busy.length < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
        const socket = new Socket(req, this.protocol === 'https:');
        busy.push(socket);
        this.totalSocketCount++;
        assign(socket);
        return;
      }
      (this.requests[name] || (this.requests[name] = [])).push({ req, assign });
    }

    release(name, socket) {
      const busy = this.sockets[name] || [];
      const i = busy.indexOf(socket);
      if (i < 0) return;
      busy.splice(i, 1);
      this.totalSocketCount--;
      if (busy.length === 0) delete this.sockets[name];
      const waiting = this.requests[name];
      if (!waiting) return;
      const next = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      if (!next.req.destroyed) this.acquire(next.req, name, next.assign);
      else this.release(name, null);
    }

    keepSocketAlive() { return this.keepAlive; }
    reuseSocket() {}
    destroy() {}
    createConnection() {
      throw nodeError(Error, 'ERR_HOOKEMU_UNSUPPORTED', 'Agent#createConnection is not available in hookemu: requests go through the run\'s transport');
    }
  }
  Agent.defaultMaxSockets = Infinity;

  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  // ---- the socket a request gets ----------------------------------------

  // Socket is what packages touch of a request's socket: its timeout,
  // keep-alive and no-delay switches, its state and its events. The bytes
  // themselves go through the run's transport.
  class Socket extends EventEmitter {
    constructor(req, encrypted) {
      super();
      this._httpMessage = req;
      this.connecting = true;
      this.destroyed = false;
      this.readable = true;
      this.writable = true;
      this.bytesRead = 0;
      this.bytesWritten = 0;
      this.remoteAddress = undefined;
      this.remotePort = undefined;
      this.remoteFamily = undefined;
      this.localAddress = undefined;
      this.localPort = undefined;
      if (encrypted) {
        this.encrypted = true;
        this.authorized = true;
        this.authorizationError = null;
        this.alpnProtocol = false;
      }
      this.timeout = 0;
    }
    setTimeout(msecs, callback) {
      if (callback) this.once('timeout', callback);
      this.timeout = msecs;
      this._httpMessage._armTimer(msecs);
      return this;
    }
    setNoDelay() { return this; }
    setKeepAlive() { return this; }
    ref() { return this; }
    unref() { return this; }
    address() { return {}; }
    getPeerCertificate() { return {}; }
    getProtocol() { return this.encrypted ? 'TLSv1.3' : null; }
    getCipher() { return this.encrypted ? { name: 'TLS_AES_128_GCM_SHA256', standardName: 'TLS_AES_128_GCM_SHA256', version: 'TLSv1.3' } : undefined; }
    end() { return this; }
    write() { return true; }
    pause() { return this; }
    resume() { return this; }
    destroy(err) {
      if (!this.destroyed) this._httpMessage.destroy(err);
      return this;
    }
  }

  // ---- ClientRequest ----------------------------------------------------

  const bodylessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);
  const kHeaders = Symbol('headers');

  function isURL(v) {
    return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
      typeof v.hostname === 'string' && v.searchParams !== undefined;
  }

  // mergeArgs reads request(url|options[, options][, callback]) as Node
  // does: a URL's parts first, options over them.
  function mergeArgs(input, options, cb) {
    if (typeof input === 'string') {
      input = urlToHttpOptions(new URL(input));
    } else if (isURL(input)) {
      input = urlToHttpOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign(input || {}, options);
    }
    return { options, cb };
  }

  function pickAgent(options) {
    const defaultAgent = options._defaultAgent || globalAgent;
    let agent = options.agent;
    if (agent === false) return new defaultAgent.constructor();
    if (agent === undefined || agent === null) {
      return typeof options.createConnection === 'function' ? null : defaultAgent;
    }
    if (typeof agent.addRequest !== 'function' && !(agent instanceof Agent)) {
      throw invalidArgType('"options.agent" property', 'one of Agent-like Object, undefined, or false', agent);
    }
    return agent;
  }

  // OutgoingMessage is the base Node gives ClientRequest; hooks only ever
  // send, so it carries nothing of its own here.
  class OutgoingMessage extends Stream {}

  // Server exists for packages that test for it; a hook cannot listen.
  class Server extends EventEmitter {
    constructor() {
      super();
      throw nodeError(Error, 'ERR_HOOKEMU_UNSUPPORTED', 'http.Server is not available in hookemu: Auth0 runs hooks without listening sockets');
    }
  }

  function createServer() { return new Server(); }

  // requestTarget checks and completes where a request goes, as Node does
  // before anything is sent: protocol against the agent's, the method a
  // token, the path free of unescaped characters.
  function requestTarget(options, agent) {
    const defaultAgent = options._defaultAgent || globalAgent;
    const expected = (agent && agent.protocol) || defaultAgent.protocol;
    const protocol = options.protocol || defaultAgent.protocol;
    if (protocol !== expected) {
      throw nodeError(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + protocol + '" not supported. Expected "' + expected + '"');
    }
    const defaultPort = options.defaultPort || (agent && agent.defaultPort) || defaultAgent.defaultPort;
    const method = options.method === undefined || options.method === null ? 'GET' : options.method;
    if (typeof method !== 'string') throw invalidArgType('"options.method" property', 'of type string', method);
    validateHeaderName(method, 'Method');
    const path = options.path === undefined || options.path === null ? '/' : String(options.path);
    if (/[^\u0021-\u00ff]/.test(path)) {
      throw nodeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
    }
    return {
      protocol, defaultPort, port: options.port || defaultPort, host: options.hostname || options.host || 'localhost',
      method: method.toUpperCase(), path,
    };
  }

  class ClientRequest extends OutgoingMessage {
    // defaultAgent is https' own, which https.request passes after Node's
    // three arguments so that both read them the same way.
    constructor(input, options, cb, defaultAgent) {
      super();
      ({ options, cb } = mergeArgs(input, options, cb));
      if (defaultAgent && !options._defaultAgent) options._defaultAgent = defaultAgent;
      this.agent = pickAgent(options);
      const t = requestTarget(options, this.agent);
      this._init(t, options);
      this._setHeaders(options, t.host, t.port, t.defaultPort);
      if (cb) this.once('response', cb);
      if (options.signal) this._watchSignal(options.signal);
      // An agent of another make (one with addRequest only) gets no say in
      // pooling: hookemu's transport makes the connections.
      this._pool = this.agent instanceof Agent ? this.agent : null;
      const name = this._pool ? this._pool.getName({ host: t.host, port: t.port, localAddress: options.localAddress, family: options.family }) : '';
      native.defer(() => {
        if (this.destroyed) return;
        const assign = (socket) => this._onSocket(socket, name);
        if (this._pool) this._pool.acquire(this, name, assign);
        else assign(new Socket(this, t.protocol === 'https:'));
      });
    }

    // _init gives the request Node's own state: what packages read of a
    // ClientRequest before and while it is sent.
    _init(t, options) {
      this.outputData = [];
      this.outputSize = 0;
      this.writable = true;
      this.destroyed = false;
      this.chunkedEncoding = false;
      this.shouldKeepAlive = !!(this.agent && this.agent.keepAlive);
      this.useChunkedEncodingByDefault = !bodylessMethods.has(t.method);
      this.sendDate = false;
      this.finished = false;
      this._headerSent = false;
      this.socket = null;
      this.method = t.method;
      this.path = t.path;
      this.host = t.host;
      this.protocol = t.protocol;
      this.res = null;
      this.aborted = false;
      this.timeout = options.timeout === undefined ? undefined : validateMsecs(options.timeout, '"timeout" argument');
      this.reusedSocket = false;
      this.maxHeadersCount = null;
      this.writableEnded = false;
      this.writableFinished = false;
      this[kHeaders] = new Map();
      this._port = t.port;
      this._defaultPort = t.defaultPort;
      this._wrote = false;
      this._rawHeaders = null;
    }

    _setHeaders(options, host, port, defaultPort) {
      const headers = options.headers;
      if (Array.isArray(headers)) {
        const flat = headers.length > 0 && Array.isArray(headers[0]) ? [].concat.apply([], headers) : headers.slice();
        for (let i = 0; i + 1 < flat.length; i += 2) {
          validateHeaderName(flat[i]);
          validateHeaderValue(flat[i], flat[i + 1]);
        }
        this._rawHeaders = flat.map(String);
      } else if (headers) {
        for (const key of Object.keys(headers)) {
          if (headers[key] !== undefined) this.setHeader(key, headers[key]);
        }
      }
      // A raw list is the head as written: Node adds neither Host nor the
      // auth option's Authorization to it (Go still sends the URL's Host,
      // which HTTP/1.1 requires).
      if (this._rawHeaders) return;
      const has = (name) => this.hasHeader(name);
      if (options.setHost !== false && !has('host')) {
        let hostHeader = host;
        if (hostHeader.indexOf(':') !== -1 && hostHeader[0] !== '[') hostHeader = '[' + hostHeader + ']';
        if (port && +port !== +defaultPort) hostHeader += ':' + port;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !has('authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(String(options.auth)).toString('base64'));
      }
    }

    _watchSignal(signal) {
      if (signal.aborted) {
        native.defer(() => this.destroy(abortError(signal)));
        return;
      }
      const onAbort = () => this.destroy(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }

    get headersSent() { return this._headerSent; }
    get connection() { return this.socket; }
    get writableLength() { return this.outputSize; }
    get writableHighWaterMark() { return 16384; }
    get writableCorked() { return 0; }
    get writableObjectMode() { return false; }
    get writableNeedDrain() { return false; }

    setHeader(name, value) {
      if (this._headerSent) {
        throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
      }
      validateHeaderName(name);
      validateHeaderValue(name, value);
      this[kHeaders].set(String(name).toLowerCase(), [name, value]);
      return this;
    }

    appendHeader(name, value) {
      const key = String(name).toLowerCase();
      const existing = this[kHeaders].get(key);
      if (!existing) return this.setHeader(name, value);
      validateHeaderValue(name, value);
      const merged = [].concat(existing[1], value);
      this[kHeaders].set(key, [existing[0], merged]);
      return this;
    }

    getHeader(name) {
      if (typeof name !== 'string') throw invalidArgType('"name" argument', 'of type string', name);
      const entry = this[kHeaders].get(name.toLowerCase());
      return entry ? entry[1] : undefined;
    }

    getHeaders() {
      const out = Object.create(null);
      for (const [key, entry] of this[kHeaders]) out[key] = entry[1];
      return out;
    }

    getHeaderNames() { return Array.from(this[kHeaders].keys()); }
    getRawHeaderNames() { return Array.from(this[kHeaders].values(), (e) => e[0]); }

    hasHeader(name) {
      if (typeof name !== 'string') throw invalidArgType('"name" argument', 'of type string', name);
      return this[kHeaders].has(name.toLowerCase());
    }

    removeHeader(name) {
      if (typeof name !== 'string') throw invalidArgType('"name" argument', 'of type string', name);
      if (this._headerSent) {
        throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
      }
      this[kHeaders].delete(name.toLowerCase());
    }

    flushHeaders() { this._headerSent = true; }
    setNoDelay() {}
    setSocketKeepAlive() {}
    cork() {}
    uncork() {}

    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
      if (this.finished) {
        const err = nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
        native.defer(() => {
          if (callback) callback(err);
          this.emit('error', err);
        });
        return true;
      }
      if (this.destroyed) {
        const err = nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
        native.defer(() => { if (callback) callback(err); });
        return false;
      }
      this._buffer(chunk, encoding);
      this._wrote = true;
      if (callback) native.defer(() => callback());
      return true;
    }

    _buffer(chunk, encoding) {
      if (typeof chunk === 'string') {
        chunk = Buffer.from(chunk, encoding || 'utf8');
      } else if (!(chunk instanceof Uint8Array)) {
        throw invalidArgType('"chunk" argument', 'of type string or an instance of Buffer or Uint8Array', chunk);
      }
      this.outputData.push(chunk);
      this.outputSize += chunk.length;
    }

    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') { callback = chunk; chunk = undefined; }
      else if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
      if (this.finished) {
        if (callback) native.defer(() => callback());
        return this;
      }
      if (chunk !== undefined && chunk !== null) this._buffer(chunk, encoding);
      if (callback) this.once('finish', callback);
      this.finished = true;
      this.writableEnded = true;
      this._headerSent = true;
      if (this.socket && !this.socket.connecting && !this.destroyed) this._flush();
      return this;
    }

    setTimeout(msecs, callback) {
      msecs = validateMsecs(msecs, '"msecs" argument');
      if (callback) this.once('timeout', callback);
      this.timeout = msecs;
      if (this.socket) this._armTimer(msecs);
      return this;
    }

    // abort tells 'abort' before the socket hang up of a request in
    // flight, and after the 'close' of one that had no socket yet, as
    // Node 20 does.
    abort() {
      if (this.aborted) return;
      this.aborted = true;
      const inFlight = this.socket !== null;
      if (inFlight) native.defer(() => this.emit('abort'));
      this.destroy();
      if (!inFlight) native.defer(() => this.emit('abort'));
    }

    destroy(err) {
      if (this.destroyed) return this;
      this.destroyed = true;
      this.writable = false;
      this._stopTimer();
      if (this._cancel) this._cancel();
      // An answer here has always arrived whole, so destroying its request
      // costs it nothing, as in Node when the last byte is in already.
      if (!this.res && this.socket && !err) err = connReset('socket hang up');
      if (this.socket) this.socket.destroyed = true;
      native.defer(() => {
        if (err) this.emit('error', err);
        this._close();
      });
      return this;
    }

    _close() {
      if (this._closed) return;
      this._closed = true;
      this._stopTimer();
      if (this.socket && this._pool) this._pool.release(this._agentName, this.socket);
      this.emit('close');
    }

    _onSocket(socket, name) {
      this._agentName = name;
      if (this.destroyed) {
        if (this._pool) this._pool.release(name, socket);
        return;
      }
      this.socket = socket;
      this.emit('socket', socket);
      if (this.timeout) this._armTimer(this.timeout);
      native.defer(() => {
        if (this.destroyed) return;
        socket.connecting = false;
        socket.emit('connect');
        if (socket.encrypted) socket.emit('secureConnect');
        if (this.finished) this._flush();
      });
    }

    _armTimer(msecs) {
      this._timed = true;
      this._stopTimer();
      if (!msecs || this.destroyed || (this.res && this.res.complete)) return;
      this._stopTimer = native.timer(msecs, () => {
        this._stopTimer = noop;
        if (this.socket) this.socket.emit('timeout');
        this.emit('timeout');
      });
    }

    _stopTimer() {}

    _headerList() {
      if (this._rawHeaders) return this._rawHeaders.slice();
      const list = [];
      for (const entry of this[kHeaders].values()) {
        for (const v of [].concat(entry[1])) list.push(String(entry[0]), String(v));
      }
      return list;
    }

    // _flush hands the ended request to the transport: a body written in
    // pieces with no Content-Length of the hook's goes chunked, a body
    // given to end() alone gets its length, as Node sends them.
    _flush() {
      if (this.destroyed) return;
      const headers = this._headerList();
      const has = (n) => headers.some((v, i) => i % 2 === 0 && v.toLowerCase() === n);
      const te = headers.findIndex((v, i) => i % 2 === 0 && v.toLowerCase() === 'transfer-encoding');
      let chunked = te >= 0 && /chunked/i.test(headers[te + 1]);
      if (!chunked && !has('content-length')) {
        // A raw header list is fixed when the request is made, before any
        // body is known: Node frames whatever comes as chunks then.
        if ((this._wrote || this._rawHeaders) && this.useChunkedEncodingByDefault) {
          chunked = true;
        } else if (!this._rawHeaders && (this.outputSize > 0 || this.useChunkedEncodingByDefault)) {
          headers.push('Content-Length', String(this.outputSize));
        }
      }
      this.chunkedEncoding = chunked;
      const hostAt = headers.findIndex((v, i) => i % 2 === 0 && v.toLowerCase() === 'host');
      const authority = (this.host.indexOf(':') !== -1 ? '[' + this.host + ']' : this.host) +
        (this._port && +this._port !== +this._defaultPort ? ':' + this._port : '');
      this._cancel = native.send({
        method: this.method,
        url: this.protocol + '//' + authority + (this.path[0] === '/' ? this.path : '/' + this.path),
        host: hostAt >= 0 ? headers[hostAt + 1] : null,
        headers,
        body: this.outputSize > 0 ? Buffer.concat(this.outputData) : null,
        chunked,
      }, (err, answer) => this._onAnswer(err, answer));
      // The agent's socket timeout counts from here: a request the hook
      // never ends must not keep the run alive on its account.
      if (!this._timed && this._pool && this._pool.options.timeout) this._armTimer(this._pool.options.timeout);
      if (this.socket) this.socket.bytesWritten = this.outputSize;
      this.outputData = [];
      this.writableFinished = true;
      this.emit('finish');
    }

    _onAnswer(err, answer) {
      this._cancel = null;
      if (this.destroyed) return;
      if (err) {
        this.destroyed = true;
        this._stopTimer();
        this.emit('error', netError(err));
        this._close();
        return;
      }
      this._stopTimer();
      const res = new IncomingMessage(this.socket);
      res._answer(answer);
      res.req = this;
      this.res = res;
      if (this.socket) this.socket.bytesRead = answer.body.byteLength;
      const hadListener = this.listenerCount('response') > 0;
      this.emit('response', res);
      res.complete = true; // the whole answer is in: Node's parser is done with it by now
      if (!hadListener) res.resume();
      // The request closes when its answer has ended, or was destroyed
      // before it could.
      res.once('end', () => this._close());
      res.once('close', () => this._close());
    }
  }

  function noop() {}

  function validateMsecs(msecs, what) {
    if (typeof msecs !== 'number') throw invalidArgType(what, 'of type number', msecs);
    if (msecs < 0 || !isFinite(msecs)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of ' + what.replace(/ argument$/, '') +
        ' is out of range. It must be a non-negative finite number. Received ' + msecs);
    }
    return msecs;
  }

  // ---- IncomingMessage --------------------------------------------------

  class IncomingMessage extends Readable {
    constructor(socket) {
      super();
      this.socket = socket;
      this.httpVersionMajor = null;
      this.httpVersionMinor = null;
      this.httpVersion = null;
      this.complete = false;
      this.rawHeaders = [];
      this.rawTrailers = [];
      this.aborted = false;
      this.upgrade = false;
      this.url = '';
      this.method = null;
      this.statusCode = null;
      this.statusMessage = null;
      this.trailers = {};
      this._headers = null;
    }

    get connection() { return this.socket; }
    get headers() {
      if (!this._headers) this._headers = headersOf(this.rawHeaders);
      return this._headers.headers;
    }
    set headers(v) { this._headers = { headers: v, distinct: {} }; }
    get headersDistinct() {
      if (!this._headers) this._headers = headersOf(this.rawHeaders);
      return this._headers.distinct;
    }

    _answer(answer) {
      this.statusCode = answer.statusCode;
      this.statusMessage = answer.statusMessage;
      this.httpVersionMajor = answer.httpVersionMajor;
      this.httpVersionMinor = answer.httpVersionMinor;
      this.httpVersion = answer.httpVersionMajor + '.' + answer.httpVersionMinor;
      this.rawHeaders = answer.rawHeaders;
      this._body = Buffer.from(answer.body);
    }

    _read() {
      const body = this._body;
      if (body === null) return;
      this._body = null;
      if (body.length > 0) this.push(body);
      this.push(null);
    }

    setTimeout(msecs, callback) {
      if (this.req) this.req.setTimeout(msecs, callback);
      return this;
    }
  }

  // ---- the module --------------------------------------------------------

  function request(input, options, cb) {
    return new ClientRequest(input, options, cb);
  }

  function get(input, options, cb) {
    const req = request(input, options, cb);
    req.end();
    return req;
  }

  return {
    Agent,
    ClientRequest,
    IncomingMessage,
    METHODS: native.METHODS.slice(),
    STATUS_CODES: Object.assign({}, native.STATUS_CODES),
    get,
    globalAgent,
    maxHeaderSize: 16384,
    request,
    validateHeaderName: (name) => validateHeaderName(name),
    validateHeaderValue,
    OutgoingMessage,
    Server,
    createServer,
  };
}
