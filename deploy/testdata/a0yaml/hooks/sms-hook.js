module.exports = function (recipient, text, context, cb) {
  cb(null, { env: '##ENV##', key: context.webtask.secrets.API_KEY });
};
