// A throw inside then goes to catch with the thrown error.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/json').then(() => { throw new TypeError('inside then'); }).catch((e) => cb(null, { name: e.name, message: e.message, isAxiosError: e.isAxiosError === undefined ? 'undefined' : e.isAxiosError }));
};
