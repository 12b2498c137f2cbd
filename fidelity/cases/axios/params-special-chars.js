// params: the characters axios restores after encodeURIComponent.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  axios.get('https://fidelity.test/echo', { params: { q: ':$,@[] ~!*()\'/?#%', u: 'é€😀' } })
    .then((r) => cb(null, r.data.url))
    .catch(cb);
};
