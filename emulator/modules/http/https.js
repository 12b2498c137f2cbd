function (native) {
  'use strict';

  const http = native.http;

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

  // request takes http.request's arguments; only the default agent (and
  // with it the protocol and port) differs.
  function request(input, options, cb) {
    return new http.ClientRequest(input, options, cb, globalAgent);
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
