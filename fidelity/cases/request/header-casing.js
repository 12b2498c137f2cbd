// Header names keep their case; a json body with a content-type set by the hook.
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request({ method: 'POST', url: 'https://fidelity.test/echo', json: { a: 1 }, headers: { 'content-type': 'application/vnd.x+json', 'X-MiXeD': 'v' } }, (err, res, body) => cb(null, body));
};
