// context.webtask.storage: set then get, asynchronously.
module.exports = function (recipient, text, context, cb) {
  const storage = context.webtask.storage;
  storage.set({ counter: 1, list: ['a'] }, function (err) {
    storage.get(function (err2, data) {
      cb(null, { err: err === undefined ? 'undefined' : err, err2: err2 === undefined ? 'undefined' : err2, data });
    });
  });
};
