// toJSON(): the fields of a failed request, as hooks log them.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/403', { headers: { 'X-Trace': 't' } })
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => {
      const j = e.toJSON();
      cb(null, { message: j.message, name: j.name, code: j.code === undefined ? 'undefined' : j.code, status: j.status === undefined ? 'undefined' : j.status,
        url: j.config && j.config.url, method: j.config && j.config.method, timeout: j.config && j.config.timeout, stackType: typeof j.stack });
    });
};
