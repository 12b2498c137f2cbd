// url.parse and url.format, the legacy API.
module.exports = function (recipient, text, context, cb) {
  const url = require('url');
  const p = url.parse('https://user:pw@sms.8x8.com:8443/api/v1/x?b=2&a=1#h', true);
  cb(null, { protocol: p.protocol, auth: p.auth, host: p.host, port: p.port, hostname: p.hostname, pathname: p.pathname, search: p.search, query: Object.assign({}, p.query), hash: p.hash, path: p.path, href: p.href,
    format: url.format({ protocol: 'https', hostname: 'fidelity.test', pathname: '/x', query: { a: 1, b: 'c d' } }), resolve: url.resolve('https://a.test/b/c', '../d') });
};
