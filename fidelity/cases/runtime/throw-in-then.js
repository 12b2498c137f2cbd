// An error thrown from a then callback that nobody catches (an unhandled
// rejection), after an axios request.
// fidelity: {"matrix": "axios", "versions": ["0.19.2"]}
module.exports = function (recipient, text, context, cb) {
  require('axios@{version}').get('https://fidelity.test/json').then(function () {
    throw new TypeError('unhandled in then');
  });
};
