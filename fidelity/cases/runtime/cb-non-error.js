// cb called with a string and then an object that is not an Error: what is
// recorded of each.
module.exports = function (recipient, text, context, cb) {
  cb({ code: 42, status: 'bad', message: 'plain object' });
};
