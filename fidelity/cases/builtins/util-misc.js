// util.promisify, types, isDeepStrictEqual.
module.exports = function (recipient, text, context, cb) {
  const util = require('util');
  const later = util.promisify((x, done) => setTimeout(() => done(null, x * 2), 1));
  later(21).then((v) => cb(null, { v, deep: util.isDeepStrictEqual({ a: [1] }, { a: [1] }), date: util.types.isDate(new Date()), regexp: util.types.isRegExp(/x/), inherits: typeof util.inherits }));
};
