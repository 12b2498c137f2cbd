// util.inspect of plain values.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  cb(null, [util.inspect({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }), util.inspect('str'), util.inspect([1, 'a', null, undefined]), util.inspect(new Map([['k', 1]])), util.inspect({ a: 1 }, { compact: false }), util.inspect(new Error('boom')).split('\n')[0]]);
};
