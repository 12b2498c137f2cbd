// Response headers: get, has, repeated values, iteration.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('https://fidelity.test/headers').then((r) => cb(null, { custom: r.headers.get('X-Custom-Header'), repeated: r.headers.get('x-repeated'), cookie: r.headers.get('set-cookie'), raw: r.headers.raw()['set-cookie'], has: r.headers.has('x-nope'), names: Array.from(r.headers.keys()) })).catch(cb);
};
