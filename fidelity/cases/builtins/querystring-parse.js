// querystring.parse: repeats, pluses, bad escapes, limits.
module.exports = function (recipient, text, context, cb) {
  const qs = require('querystring');
  cb(null, [
    qs.parse('a=1&a=2&b=x+y&c=%E2%82%AC&d=%ZZ&e&=f&g=1=2'),
    qs.parse('a:1;b:2', ';', ':'),
    qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }),
    Object.getPrototypeOf(qs.parse('a=1')) === null,
  ]);
};
