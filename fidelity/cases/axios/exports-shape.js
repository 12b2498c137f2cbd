// What the module exports: the same object as .default, and which helpers exist.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const names = ['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'postForm', 'create',
    'all', 'spread', 'isCancel', 'Cancel', 'CancelToken', 'isAxiosError', 'AxiosError', 'CanceledError',
    'AxiosHeaders', 'toFormData', 'formToJSON', 'mergeConfig', 'getAdapter', 'VERSION', 'HttpStatusCode'];
  const out = { callable: typeof axios, sameDefault: axios.default === axios };
  for (const n of names) out[n] = typeof axios[n];
  out.version = axios.VERSION || null;
  cb(null, out);
};
