// A throw inside a timer callback, after the hook returned: the exception
// ends the run.
module.exports = function (recipient, text, context, cb) {
  setTimeout(function () {
    null.boom;
  }, 10);
};
