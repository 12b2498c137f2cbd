// A synchronous throw from the hook itself.
module.exports = function (recipient, text, context, cb) {
  throw new RangeError('thrown at once');
};
