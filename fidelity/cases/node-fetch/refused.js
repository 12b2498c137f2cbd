// Connection refused: the FetchError.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
fetch('http://127.0.0.1:1/').then(() => cb(null, { resolved: true })).catch((e) => cb(null, { name: e.name, message: e.message, type: e.type, code: e.code, errno: e.errno }));
};
