// Connection refused: the Node error axios passes on.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  function seen(e) {
    return {
      name: e.name, message: e.message, code: e.code, isAxiosError: e.isAxiosError,
      status: e.response ? e.response.status : 'no response', data: e.response ? e.response.data : 'no response',
      statusText: e.response ? e.response.statusText : 'no response',
      keys: typeof e.toJSON === 'function' ? Object.keys(e.toJSON()) : 'no toJSON',
    };
  }
  axios.get('http://127.0.0.1:1/refused')
    .then((r) => cb(null, { resolved: r.status }))
    .catch((e) => cb(null, Object.assign(seen(e), { errno: e.errno, syscall: e.syscall, address: e.address, port: e.port, hasResponse: e.response !== undefined })));
};
