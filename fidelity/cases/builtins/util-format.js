// util.format with every placeholder.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  cb(null, [util.format('%s:%d:%i:%f:%j:%%:%o', 'str', 42.5, 42.5, '1.5', { a: 1 }, 'o'), util.format('no placeholders', 1, 'two', { three: 3 }), util.format('%s', null, undefined), util.format(1, 2)]);
};
