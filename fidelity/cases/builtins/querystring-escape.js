// querystring.escape and unescape.
module.exports = function (recipient, text, context, cb) {
  const qs = require('querystring');
  cb(null, [qs.escape('a b&c/d?é'), qs.unescape('a%20b+c%zz'), qs.encode === qs.stringify, qs.decode === qs.parse]);
};
