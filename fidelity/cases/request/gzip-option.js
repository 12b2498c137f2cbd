// gzip: true asks for compressed answers.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request({ url: 'https://fidelity.test/echo', gzip: true }, (err, res, body) => cb(null, { err: err && err.message, body: JSON.parse(body) }));
};
