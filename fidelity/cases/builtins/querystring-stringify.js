// querystring.stringify: arrays, empty values, encoding, separators.
module.exports = function (recipient, text, context, cb) {
  const qs = require('querystring');
  cb(null, [
    qs.stringify({ a: 1, b: [1, 2], c: '', d: null, e: undefined, f: 'x y&z', g: true, h: {}, i: NaN }),
    qs.stringify({ a: 'b', c: 'd' }, ';', ':'),
    qs.stringify({ 'ü': 'é€😀', sp: "!'()*~" }),
    qs.stringify({ w: 'x' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }),
  ]);
};
