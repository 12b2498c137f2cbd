function (native) {
  'use strict';

  const http = native.http;
  const URL = native.URL;
  const urlToHttpOptions = native.urlToHttpOptions;

  // Agent is http's with https' defaults; TLS options (ca, cert, key,
  // rejectUnauthorized, servername) are kept and left to the transport.
  class Agent extends http.Agent {
    constructor(options) {
      super(options);
      this.defaultPort = 443;
      this.protocol = 'https:';
      this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
    }
  }

  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  function isURL(v) {
    return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
      typeof v.hostname === 'string' && v.searchParams !== undefined;
  }

  // request takes http.request's arguments; only the default agent (and
  // with it the protocol and port) differs.
  function request(input, options, cb) {
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
    options._defaultAgent = globalAgent;
    return new http.ClientRequest(options, cb);
  }

  function get(input, options, cb) {
    const req = request(input, options, cb);
    req.end();
    return req;
  }

  return {
    Agent,
    Server: http.Server,
    createServer: http.createServer,
    get,
    globalAgent,
    request,
  };
}
