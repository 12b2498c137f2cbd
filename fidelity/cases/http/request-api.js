// ClientRequest's header API and the module's tables and validators, on a
// request that is never sent.
module.exports = function (recipient, text, context, cb) {
  const http = require('http');
  const tryIt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message, string: String(e) }; } };
  const req = http.request({ host: '127.0.0.1', port: 1, path: '/p?q=1', method: 'patch', headers: { 'X-One': 1 } });
  req.on('error', () => {});
  req.setHeader('X-List', ['a', 'b']);
  req.setHeader('Content-Type', 'text/plain');
  const seen = {
    method: req.method, path: req.path, host: req.host, protocol: req.protocol,
    one: req.getHeader('x-one'), list: req.getHeader('X-LIST'), names: req.getHeaderNames(), raw: req.getRawHeaderNames(),
    headers: Object.assign({}, req.getHeaders()), has: req.hasHeader('content-type'), sent: req.headersSent,
  };
  req.removeHeader('content-type');
  seen.afterRemove = req.getHeaderNames();
  seen.badName = tryIt(() => req.setHeader('bad name', 'x'));
  seen.badValue = tryIt(() => req.setHeader('x-bad', 'a\r\nb'));
  seen.undefinedValue = tryIt(() => req.setHeader('x-undef', undefined));
  req.destroy();
  seen.validName = tryIt(() => http.validateHeaderName('x-fine'));
  seen.invalidName = tryIt(() => http.validateHeaderName('x y'));
  seen.invalidValue = tryIt(() => http.validateHeaderValue('x', 'a\u0000'));
  seen.protocol = tryIt(() => http.request('https://127.0.0.1:1/'));
  seen.method = tryIt(() => http.request({ host: '127.0.0.1', port: 1, method: 'GE T' }));
  seen.path = tryIt(() => http.request({ host: '127.0.0.1', port: 1, path: '/a b' }));
  seen.url = tryIt(() => http.request('not a url'));
  delete seen.url.string; // the url module's error, not http's: compared in builtins/
  seen.codes = [200, 201, 302, 404, 418, 429, 500, 503].map((c) => http.STATUS_CODES[c]);
  seen.methods = ['GET', 'POST', 'PATCH', 'M-SEARCH'].map((m) => http.METHODS.includes(m));
  seen.agent = { keepAlive: new http.Agent({ keepAlive: true }).keepAlive, maxSockets: new http.Agent({ maxSockets: 3 }).maxSockets, defaultMax: http.Agent.defaultMaxSockets };
  seen.httpsAgent = { port: require('https').globalAgent.defaultPort, protocol: require('https').globalAgent.protocol };
  cb(null, seen);
};
