// What IncomingMessage shows of an answer: status, repeated headers
// joined or (Content-Type, Location) kept first, set-cookie a list, a
// redirect not followed, a 404 no error, an empty 204.
module.exports = function (recipient, text, context, cb) {
  const https = require('https');
  const get = (path) => new Promise((resolve) => {
    https.get('https://fidelity.test' + path, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode, message: res.statusMessage, version: res.httpVersion, complete: res.complete,
        repeated: res.headers['x-repeated'], custom: res.headers['x-custom-header'], cookies: res.headers['set-cookie'],
        location: res.headers.location, type: res.headers['content-type'], cookie: res.headers.cookie, length: Buffer.concat(chunks).length,
        rawHasCustom: res.rawHeaders.indexOf('X-Custom-Header') >= 0,
      }));
    }).on('error', (e) => resolve({ error: e.message }));
  });
  Promise.all(['/headers', '/repeated', '/redirect?to=/json', '/status/404', '/empty', '/json'].map(get)).then((all) => cb(null, all));
};
