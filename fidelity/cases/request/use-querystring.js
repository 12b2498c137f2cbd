// useQuerystring: arrays as repeated keys.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request({ url: 'https://fidelity.test/echo', qs: { a: [1, 2], b: 'c d' }, useQuerystring: true }, (err, res, body) => cb(null, JSON.parse(body).url));
};
