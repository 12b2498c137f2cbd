// Headers given as an object, a Headers and an array of pairs.
module.exports = function (recipient, text, context, cb) {
  const fetch = require('node-fetch@2.7.0');
Promise.all([fetch('https://fidelity.test/echo?h=object', { headers: { 'X-One': '1' } }), fetch('https://fidelity.test/echo?h=class', { headers: new fetch.Headers({ 'X-Two': '2' }) }), fetch('https://fidelity.test/echo?h=pairs', { headers: [['X-Three', '3']] })]).then(() => cb(null, { sent: 3 })).catch(cb);
};
