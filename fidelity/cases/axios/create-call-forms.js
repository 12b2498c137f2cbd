// An instance is callable in every form axios is.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ baseURL: 'https://fidelity.test/' });
  Promise.all([api('echo?form=1'), api({ url: 'echo?form=2' }), api.request({ url: 'echo?form=3', method: 'post', data: {} }), api.post('echo?form=4', 'x=1')])
    .then((rs) => cb(null, rs.map((r) => r.data)))
    .catch(cb);
};
