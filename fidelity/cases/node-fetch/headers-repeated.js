// Repeated answer headers as node-fetch reads Node's merged ones: one
// Content-Type and one Location, Cookie joined with "; ".
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
  fetch('https://fidelity.test/repeated').then((r) => cb(null, {
    type: r.headers.get('content-type'), location: r.headers.get('location'), cookie: r.headers.get('cookie'),
    repeated: r.headers.get('x-repeated'), raw: r.headers.raw(),
  })).catch(cb);
};
