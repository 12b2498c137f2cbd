// axios.getUri: the URL a config would request.
// fidelity: {"matrix": "axios", "versions": ["0.21.4", "0.27.2", "1.13.6"]}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  cb(null, typeof axios.getUri !== 'function' ? 'none' : [axios.getUri({ url: '/echo', params: { a: 1, b: [2, 3] } }), axios.getUri({ baseURL: 'https://fidelity.test/api/', url: 'x', params: { q: 'a b' } })]);
};
