// A method from options, with a callback as the second argument.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request('https://fidelity.test/echo', { method: 'PATCH', body: 'p' }, (err, res, body) => cb(null, JSON.parse(body)));
};
