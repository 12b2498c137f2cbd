// axios.isAxiosError on axios errors and other values.
// fidelity: {"matrix": "axios", "versions": ["0.21.4", "0.27.2", "1.13.6"]}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/status/400').catch((e) => e).then((e) => cb(null, {
    axiosError: axios.isAxiosError(e), plain: axios.isAxiosError(new Error('x')), nothing: axios.isAxiosError(undefined),
  }));
};
