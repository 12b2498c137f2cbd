// mime 3: types by extension, as form-data and superagent use them.
// (getExtension reads RegExp.$1, which goja does not have.)
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const mime = require('mime@3.0.0');
  cb(null, {
    types: ['a.txt', 'photo.JPG', 'data.json', 'x.unknownext', 'archive.tar.gz', '.html'].map((f) => mime.getType(f)),
  });
};
