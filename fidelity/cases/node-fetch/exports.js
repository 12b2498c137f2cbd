// What node-fetch exports.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
cb(null, { fn: typeof fetch, default: fetch.default === fetch, Headers: typeof fetch.Headers, Request: typeof fetch.Request, Response: typeof fetch.Response, FetchError: typeof fetch.FetchError, isRedirect: fetch.isRedirect(301) });
};
