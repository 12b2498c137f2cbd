// A request cancelled with a CancelToken before it is sent.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const source = axios.CancelToken.source();
  const p = axios.get('https://fidelity.test/slow?ms=2000', { cancelToken: source.token });
  source.cancel('changed my mind');
  p.then(() => cb(null, { resolved: true }))
    .catch((e) => cb(null, { isCancel: axios.isCancel(e), message: e.message, name: e.name, code: e.code === undefined ? 'undefined' : e.code, keys: Object.keys(e).sort() }));
};
