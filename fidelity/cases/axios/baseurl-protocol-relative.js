// A protocol-relative url ("//host/path") counts as absolute, so baseURL is
// ignored; axios 1.x then refuses it as an invalid URL. (0.x hands it to
// url.parse, which reads no host and connects to localhost:80: that depends
// on the machine, so only 1.x runs here.)
// fidelity: {"matrix": "axios", "versions": ["1.13.6"]}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('//fidelity.test/echo?protocol-relative=1', { baseURL: 'https://sms.8x8.com' })
    .then((r) => cb(null, { data: r.data }))
    .catch((e) => cb(null, { name: e.name, message: e.message, code: e.code }));
};
