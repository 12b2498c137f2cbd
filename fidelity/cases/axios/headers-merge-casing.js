// Headers merged from instance, method and call, written in different cases.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');

  const api = axios.create({ headers: { 'x-custom': 'instance', 'Content-Type': 'application/json', common: { 'X-Common': 'c' }, post: { 'X-Post': 'p' } } });
  api.post('https://fidelity.test/echo', { a: 1 }, { headers: { 'X-CUSTOM': 'call', accept: 'text/plain' } })
    .then((r) => cb(null, r.data))
    .catch(cb);
};
