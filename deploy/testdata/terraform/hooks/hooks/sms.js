module.exports = function (recipient, text, context, cb) {
  cb(null, {});
};
