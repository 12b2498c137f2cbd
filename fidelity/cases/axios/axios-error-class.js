// AxiosError: instanceof, codes and the class itself.
// fidelity: {"matrix": "axios", "versions": ["0.27.2", "1.13.6"]}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/502').catch((e) => e).then((e) => cb(null, {
    instance: e instanceof axios.AxiosError, code: e.code, ERR_BAD_RESPONSE: axios.AxiosError.ERR_BAD_RESPONSE,
    made: new axios.AxiosError('made', 'E_MADE').toJSON().message,
  }));
};
